import Foundation

/// A region's evaluation report in the ministry's form: the component scores against the cohort (median,
/// quartiles, rank), the question scores, Kelemahan (the lowest-scoring questions), Kekuatan (the highest) and
/// Rekomendasi tied to the weaknesses, with the catalogue indicator and quick-win candidates behind each.
public enum AssessmentRegionReport {
    public static func render(_ report: RegionAssessmentReport, format: OutputFormat, language: Language) -> String {
        switch format {
        case .json: return json(report).serialized()
        case .html: return AssessmentRegionHTML.page(report, language: language)
        case .csv: return AssessmentReport.score(report.region, rubric: report.rubric, previous: report.previous, format: .csv, language: language)
        case .table, .md: return text(report, markdown: format == .md, Localizer(language))
        }
    }

    // MARK: text and Markdown

    static func text(_ report: RegionAssessmentReport, markdown md: Bool, _ t: Localizer) -> String {
        let rubric = report.rubric, region = report.region, n = t.numbers, l = t.language
        func line(_ s: String) -> String { AssessmentReport.text(s, md) + "\n" }
        var out = md ? "# " + Format.md(t(.assessmentReportTitle, ["region": region.name, "title": rubric.title[l]])) + "\n\n"
                     : t(.assessmentReportTitle, ["region": region.name, "title": rubric.title[l]]) + "\n"
        out += line(t(.assessmentGroupLine, ["group": region.group.name[l], "weights": AssessmentReport.weightsText(region.group, rubric, t)]))
        if let final = region.final {
            out += line(t(.assessmentFinalLine, ["final": n.fixed(final, digits: 4), "printed": n.halfUp(final, digits: rubric.printedDecimals)]))
        }
        if let entry = report.entry, let cohort = report.cohort {
            let tied = tiedNames(report, entry)
            out += line(t(.assessmentRankLine, ["rank": n.integer(entry.rank), "count": n.integer(cohort.entries.count),
                                                "groupRank": n.integer(entry.groupRank), "groupSize": n.integer(entry.groupSize),
                                                "group": region.group.name[l],
                                                "tied": tied.isEmpty ? "" : t(.assessmentTied, ["regions": AssessmentReport.names(tied, t)])]))
        }
        if let line2 = printedRankLine(report, t) { out += line(line2) }
        if let previous = report.previous { out += line(AssessmentReport.previousLine(previous, rubric: rubric, t)) }
        for note in notes(report, t) { out += line(note) }
        out += Format.heading(t(.assessmentComponentsHeading), markdown: md)
        out += cohortTable(report, markdown: md, t)
        out += Format.heading(t(.assessmentWeaknessesHeading), markdown: md)
        out += findingsList(report.findings.weaknesses, rubric: rubric, markdown: md, t)
        if report.findings.allAtTop { out += line(t(.assessmentAllAtTop)) }
        out += Format.heading(t(.assessmentStrengthsHeading), markdown: md)
        out += findingsList(report.findings.strengths, rubric: rubric, markdown: md, t)
        if report.findings.strengths.isEmpty { out += line(t(report.findings.allEqual ? .assessmentAllEqual : .assessmentNoStrengths)) }
        out += Format.heading(t(.assessmentRecommendationsHeading), markdown: md)
        for (k, r) in report.findings.recommendations.enumerated() {
            out += line("\(k + 1). " + recommendationText(r, rubric: rubric, t))
        }
        if report.findings.recommendations.isEmpty { out += line(t(.assessmentAllAtTop)) }
        if let agreement = report.agreement { out += AssessmentReport.agreementText(agreement, markdown: md, t) }
        out += "\n" + line(t(.assessmentMethodLine, ["source": rubric.source[t.language]]))
        return out
    }

    /// Component, score, cohort median and quartiles, the region's place.
    static func cohortTable(_ report: RegionAssessmentReport, markdown md: Bool, _ t: Localizer) -> String {
        let rubric = report.rubric, n = t.numbers, l = t.language
        let rows = report.region.components.map { c -> [String] in
            let spread = report.cohort?.spread(c.component.id, group: report.region.group.id)
            return ["\(c.component.letter). " + c.component.short[l], AssessmentReport.weight(c.weight, n), n.halfUp(c.score, digits: rubric.printedDecimals),
                    spread.map { n.halfUp($0.median, digits: 2) } ?? "—",
                    spread.map { n.halfUp($0.lowerQuartile, digits: 2) + "–" + n.halfUp($0.upperQuartile, digits: 2) } ?? "—",
                    spread.map { t(quartileKey(c.score, $0, digits: rubric.printedDecimals)) } ?? "—"]
        }
        var out = AssessmentReport.table([t(.assessmentComponent), t(.assessmentWeight), t(.assessmentScore), t(.assessmentCohortMedian),
                                t(.assessmentCohortQuartiles), t(.assessmentPosition)], rows, [.left, .right, .right, .right, .right, .left], markdown: md)
        if let cohort = report.cohort {
            out += AssessmentReport.text(t(.assessmentCohortNote, ["count": n.integer(cohort.entries.filter { $0.region.group.id == report.region.group.id }.count),
                                                                   "group": report.region.group.name[l]]), md) + "\n"
        }
        return out
    }

    /// Where a score lies in the cohort, judged on the values as shown (rounded half up to `digits`), so that a
    /// score printed like the median reads "at the median".
    static func quartileKey(_ score: Double, _ s: AssessmentRanking.Spread, digits: Int) -> TextKey {
        let x = HalfUp.round(score, digits: digits)
        let q1 = HalfUp.round(s.lowerQuartile, digits: digits), median = HalfUp.round(s.median, digits: digits)
        let q3 = HalfUp.round(s.upperQuartile, digits: digits)
        if x < q1 { return .assessmentBottomQuarter }
        if x > q3 { return .assessmentTopQuarter }
        if x == median { return .assessmentAtMedian }
        return x < median ? .assessmentBelowMedian : .assessmentAboveMedian
    }

    /// Where the ministry's printed order puts the region, when it differs from the rank on the recomputed finals.
    static func printedRankLine(_ report: RegionAssessmentReport, _ t: Localizer) -> String? {
        guard let entry = report.entry, let printedRank = entry.printedRank, printedRank != entry.rank, let printed = entry.region.printedFinal else { return nil }
        return t(.assessmentPrintedRankLine, ["printed": t.numbers.fixed(printed, digits: report.rubric.printedDecimals), "rank": t.numbers.integer(printedRank)])
    }

    /// The other regions sharing the region's rank.
    static func tiedNames(_ report: RegionAssessmentReport, _ entry: AssessmentRanking.Entry) -> [String] {
        guard entry.tiedWith > 1, let cohort = report.cohort else { return [] }
        return cohort.entries.filter { $0.rank == entry.rank && !($0.region.location == entry.region.location && $0.region.name == entry.region.name) }
            .map(\.region.name)
    }

    /// What the reader must know about the inputs: how the region entered the cohort, readiness data that lacks
    /// it, impact scores that are survey means.
    static func notes(_ report: RegionAssessmentReport, _ t: Localizer) -> [String] {
        var notes: [String] = []
        let region = report.region.name, file = report.cohort?.file ?? ""
        switch report.placement {
        case .added?: notes.append(t(.assessmentCohortAdded, ["region": region, "file": file]))
        case .wasNonParticipant?: notes.append(t(.assessmentCohortWasNonParticipant, ["region": region, "file": file]))
        case .replaced?, nil: break
        }
        if let source = report.readinessMissing { notes.append(t(.assessmentReadinessRegionMissing, ["source": source, "region": region])) }
        if let survey = AssessmentReport.surveySentence(report.region, t) { notes.append(survey) }
        return notes
    }

    static func findingsList(_ findings: [AssessmentFindings.Finding], rubric: Rubric, markdown md: Bool, _ t: Localizer) -> String {
        let n = t.numbers, l = t.language
        return findings.enumerated().map { k, f in
            let q = f.answer.question
            let component = rubric.component(q.component)?.short[l] ?? q.component
            var s = "\(k + 1). " + t(.assessmentFindingLine, ["id": q.id, "component": component, "text": q.text[l],
                                                             "score": n.halfUp(f.answer.score, digits: rubric.printedDecimals)])
            if let evidence = f.answer.evidence { s += " " + t(.assessmentEvidence, ["evidence": evidence]) }
            return AssessmentReport.text(s, md) + "\n"
        }.joined()
    }

    static func recommendationText(_ r: AssessmentFindings.Recommendation, rubric: Rubric, _ t: Localizer) -> String {
        let n = t.numbers, l = t.language
        let questions = r.findings.map { "\($0.answer.question.id) = \(n.halfUp($0.answer.score, digits: rubric.printedDecimals))" }.joined(separator: ", ")
        var s = r.advice[l] + " " + t(r.findings.count == 1 ? .assessmentGainOne : .assessmentGainMany,
                                      ["questions": questions, "top": n.fixed(rubric.scale.upperBound, digits: 0), "gain": n.fixed(r.gain, digits: 3)])
        for reading in r.readings {
            let unit = t.unit(reading.indicator.unit)
            s += " " + t(.assessmentIndicatorLine, ["name": reading.indicator.name[l], "code": reading.indicator.code, "year": String(reading.year),
                                                    "value": reading.value.map { n.significant($0) + " " + unit } ?? t(.assessmentNoValue),
                                                    "score": reading.score.map { n.fixed($0, digits: 1) } ?? "—",
                                                    "gap": reading.gap.map { n.fixed($0, digits: 1) } ?? "—"])
        }
        let unread = r.indicatorCodes.filter { code in !r.readings.contains { $0.indicator.code == code && $0.value != nil } }
        if !unread.isEmpty { s += " " + t(.assessmentIndicatorNoData, ["code": unread.joined(separator: ", ")]) }
        if !r.programmes.isEmpty {
            s += " " + t(r.rankedByImpact ? .assessmentCandidatesImpact : .assessmentCandidatesCatalogue,
                         ["programmes": r.programmes.map { "\($0.name[l]) (\($0.id))" }.joined(separator: "; ")])
        }
        return s
    }

    // MARK: JSON

    static func json(_ report: RegionAssessmentReport) -> JSONValue {
        let rubric = report.rubric
        guard case var .object(fields) = AssessmentReport.scoreJSON(report.region, rubric: rubric) else { return .null }
        func finding(_ f: AssessmentFindings.Finding) -> JSONValue {
            .object([("id", .string(f.answer.question.id)), ("component", .string(f.answer.question.component)),
                     ("score", .number(f.answer.score)), ("point_value", .number(f.pointValue)), ("gain_at_top", .number(f.gain)),
                     ("text", .object([("id", .string(f.answer.question.text.id)), ("en", .string(f.answer.question.text.en))]))])
        }
        if let entry = report.entry, let cohort = report.cohort {
            fields.append(("cohort", .object([
                ("file", .string(cohort.file)), ("rank", .number(Double(entry.rank))), ("of", .number(Double(cohort.entries.count))),
                ("tied_with", .number(Double(entry.tiedWith))), ("group_rank", .number(Double(entry.groupRank))),
                ("group_size", .number(Double(entry.groupSize))),
                ("components", .object(report.region.components.compactMap { c in
                    cohort.spread(c.component.id, group: report.region.group.id).map { (c.component.id, AssessmentReport.spreadJSON($0)) }
                })),
            ])))
        }
        fields.append(("weaknesses", .array(report.findings.weaknesses.map(finding))))
        fields.append(("strengths", .array(report.findings.strengths.map(finding))))
        fields.append(("recommendations", .array(report.findings.recommendations.map { r in
            var item: [(String, JSONValue)] = [("questions", .array(r.findings.map { .string($0.answer.question.id) })), ("gain_at_top", .number(r.gain)),
                                               ("advice", .object([("id", .string(r.advice.id)), ("en", .string(r.advice.en))])),
                                               ("indicators", .array(r.indicatorCodes.map { .string($0) }))]
            item.append(("readings", .array(r.readings.map { reading in
                .object([("indicator", .string(reading.indicator.code)), ("year", .number(Double(reading.year))), ("value", .number(reading.value)),
                         ("score", .number(reading.score)), ("target", .number(reading.target)), ("gap", .number(reading.gap))])
            })))
            item.append(("programmes", .array(r.programmes.map { .string($0.id) })))
            item.append(("programmes_ranked_by", .string(r.rankedByImpact ? "the region's impact ÷ effort" : "the catalogue's effect, then effort")))
            return .object(item)
        })))
        if let agreement = report.agreement { fields.append(("readiness", AssessmentReport.agreementJSON(agreement))) }
        if let placement = report.placement {
            fields.append(("cohort_placement", .string(placement == .replaced ? "replaced its row" : placement == .added ? "added: not in the table"
                                                       : "placed for comparison: listed as not taking part")))
        }
        if let source = report.readinessMissing { fields.append(("readiness_missing_region", .string(source))) }
        if let previous = report.previous { fields.append(("previous", AssessmentReport.previousJSON(previous))) }
        return .object(fields)
    }
}
