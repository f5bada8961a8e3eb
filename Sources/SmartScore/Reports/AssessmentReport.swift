import Foundation

/// The outputs of `assessment score`, `rank` and `compare`: a terminal table, Markdown, CSV for other tools
/// and JSON as the contract. A region's own scores keep 4 decimals in text beside the ministry's 2; cohort
/// tables show 2 (3 for the recomputed final); JSON and CSV are unrounded.
public enum AssessmentReport {
    // MARK: score

    public static func score(_ region: RegionScore, rubric: Rubric, previous: PreviousEvaluation? = nil, format: OutputFormat, language: Language) -> String {
        switch format {
        case .json:
            guard let previous, case let .object(fields) = scoreJSON(region, rubric: rubric) else { return scoreJSON(region, rubric: rubric).serialized() }
            return JSONValue.object(fields + [("previous", previousJSON(previous))]).serialized()
        case .csv:
            var csv = CSVTable(headers: ["component", "questions", "weight", "score", "score_printed", "weighted"])
            for c in region.components {
                csv.append([c.component.id, c.questions.map(String.init) ?? "", CSVTable.number(c.weight), CSVTable.number(c.score),
                            CSVTable.number(rubric.printed(c.score)), CSVTable.number(c.weighted)])
            }
            csv.append(["final", "", "1", CSVTable.number(region.final), CSVTable.number(region.final.map(rubric.printed)), CSVTable.number(region.final)])
            if let previous {
                csv.append(["improvement_on_\(previous.edition)", "", "", CSVTable.number(previous.improvement),
                            CSVTable.number(previous.improvement.map { HalfUp.round($0, digits: rubric.printedDecimals) }), ""])
            }
            return csv.rendered()
        case .table, .md, .html:
            return scoreText(region, rubric: rubric, previous: previous, markdown: format == .md, Localizer(language))
        }
    }

    /// "Improvement on the 2022 evaluation: +0.44 (2022 final: 2.50; …)", or that there is none.
    static func previousLine(_ p: PreviousEvaluation, rubric: Rubric, _ t: Localizer) -> String {
        guard let improvement = p.improvement, let final = p.region?.final else {
            return t(.assessmentNoPrevious, ["edition": String(p.edition), "file": p.file])
        }
        return t(.assessmentImprovementLine, ["edition": String(p.edition), "improvement": signed(improvement, t.numbers),
                                              "previous": t.numbers.fixed(final, digits: 4), "file": p.file])
    }

    static func previousJSON(_ p: PreviousEvaluation) -> JSONValue {
        .object([("edition", .number(Double(p.edition))), ("file", .string(p.file)), ("final_score", .number(p.region?.final)),
                 ("printed_final", .number(p.region?.printedFinal)), ("improvement", .number(p.improvement)),
                 ("improvement_rule", .string("this final minus the previous edition's, both unrounded (evaluation.md §6.3); none when the region was not evaluated"))])
    }

    static func scoreText(_ region: RegionScore, rubric: Rubric, previous: PreviousEvaluation? = nil, markdown md: Bool, _ t: Localizer) -> String {
        let n = t.numbers, l = t.language
        var out = Format.heading(t(.assessmentScoreHeading, ["region": region.name, "title": rubric.title[l]]), markdown: md)
        out += text(t(.assessmentGroupLine, ["group": region.group.name[l], "weights": weightsText(region.group, rubric, t)]), md) + "\n\n"
        out += componentTable(region, rubric: rubric, markdown: md, t)
        if let final = region.final {
            out += "\n" + text(t(.assessmentFinalLine, ["final": n.fixed(final, digits: 4), "printed": n.halfUp(final, digits: rubric.printedDecimals)]), md) + "\n"
        }
        if let survey = surveySentence(region, t) { out += text(survey, md) + "\n" }
        if let previous { out += text(previousLine(previous, rubric: rubric, t), md) + "\n" }
        out += "\n" + text(t(.assessmentMethodLine, ["source": rubric.source[t.language]]), md) + "\n"
        return out
    }

    /// Component, questions, weight, score (4 decimals and as printed), weighted.
    static func componentTable(_ region: RegionScore, rubric: Rubric, markdown md: Bool, _ t: Localizer) -> String {
        let n = t.numbers, l = t.language
        let rows = region.components.map { c in
            ["\(c.component.letter). " + c.component.short[l], c.questions.map(n.integer) ?? "—", weight(c.weight, n),
             n.fixed(c.score, digits: 4), n.halfUp(c.score, digits: rubric.printedDecimals), n.fixed(c.weighted, digits: 4)]
        }
        return table([t(.assessmentComponent), t(.assessmentQuestions), t(.assessmentWeight), t(.assessmentScore),
                             t(.assessmentPrinted), t(.assessmentWeighted)], rows, [.left, .right, .right, .right, .right, .right], markdown: md)
    }

    static func weightsText(_ group: RubricGroup, _ rubric: Rubric, _ t: Localizer) -> String {
        rubric.components(of: group).map { "\($0.component.short[t.language]) \(weight($0.weight, t.numbers))" }.joined(separator: ", ")
    }

    /// A weight as a percentage with the decimals it needs (10%, 12,5%, 0,25%), never rounded to a misleading whole.
    static func weight(_ w: Double, _ n: NumberFormat) -> String {
        let digits = (0...4).first { d in let p = w * 100 * pow(10, Double(d)); return abs(p - p.rounded()) < 1e-9 } ?? 4
        return n.percent(w, digits: digits)
    }

    /// Up to `limit` names, then "and N more".
    static func names(_ list: [String], limit: Int = 5, _ t: Localizer) -> String {
        guard list.count <= limit else {
            return t(.assessmentAndMore, ["list": list.prefix(limit).joined(separator: ", "), "count": t.numbers.integer(list.count - limit)])
        }
        guard list.count > 1 else { return list.first ?? "" }
        return t(.assessmentListAnd, ["list": list.dropLast().joined(separator: ", "), "last": list[list.count - 1]])
    }

    /// A table, followed in Markdown by the blank line that ends it (a text line right after would read as a row).
    static func table(_ headers: [String], _ rows: [[String]], _ alignments: [TextTable.Alignment], markdown: Bool) -> String {
        Format.table(headers, rows, alignments, markdown: markdown) + (markdown ? "\n" : "")
    }

    static func text(_ s: String, _ markdown: Bool) -> String { markdown ? Format.md(s) : s }

    static func scoreJSON(_ region: RegionScore, rubric: Rubric) -> JSONValue {
        var fields: [(String, JSONValue)] = [
            ("edition", .number(Double(rubric.edition))), ("group", .string(region.group.id)),
            ("code", .string(region.code)), ("name", .string(region.name)),
            ("final_score", .number(region.final)), ("final_score_printed", .number(region.final.map(rubric.printed))),
            ("components", .array(region.components.map { c in
                .object([("id", .string(c.component.id)), ("weight", .number(c.weight)), ("score", .number(c.score)),
                         ("score_printed", .number(rubric.printed(c.score))), ("questions", c.questions.map { .number(Double($0)) } ?? .null),
                         ("weighted", .number(c.weighted))])
            })),
        ]
        if let answers = region.answers {
            fields.append(("answers", .array(answers.map { a in
                var origin: [(String, JSONValue)] = []
                switch a.origin {
                case let .sheet(location): origin = [("origin", .string("sheet")), ("at", .string(location.description))]
                case let .survey(k): origin = [("origin", .string("survey")), ("respondents", .number(Double(k)))]
                }
                return .object([("id", .string(a.question.id)), ("component", .string(a.question.component)), ("number", .string(a.question.number)),
                                ("score", .number(a.score)), ("evidence", .string(a.evidence))] + origin)
            })))
        }
        fields.append(("method", .object([
            ("component", .string("unweighted mean of the component's question scores (evaluation.md §6.1)")),
            ("final", .string("weighted sum of the component scores with the group's weights; a 0 stays in the sum (§6.2)")),
            ("printed", .string("rounded half up to \(rubric.printedDecimals) decimals, as the ministry prints (§6.4)")),
            ("rubric", .string(rubric.shownFile)), ("source", .string(rubric.source.en)),
        ])))
        return .object(fields)
    }

    // MARK: rank

    public static func rank(_ view: AssessmentCohortView, format: OutputFormat, language: Language, top: Int? = nil) -> String {
        switch format {
        case .json: return rankJSON(view).serialized()
        case .csv: return rankCSV(view.ranking, agreement: view.agreement)
        case .html: return AssessmentCohortHTML.page(view, language: language)
        case .table, .md: return rankText(view, markdown: format == .md, top: top, Localizer(language))
        }
    }

    static func rankCSV(_ ranking: AssessmentRanking, agreement: ReadinessAgreement? = nil) -> String {
        let rubric = ranking.rubric
        let readiness = Dictionary((agreement?.pairs ?? []).map { ($0.entry.region.key, $0.index) }, uniquingKeysWith: { a, _ in a })
        let extra = agreement == nil ? [] : ["readiness_index"]
        var csv = CSVTable(headers: ["rank", "group_rank", "code", "name", "group", "participated"] + rubric.components.map(\.id)
                           + ["final_score", "final_score_printed", "printed_final", "difference", "improvement_printed"] + extra)
        for e in ranking.entries {
            csv.append([String(e.rank), String(e.groupRank), e.region.code ?? "", e.region.name, e.region.group.id, "true"]
                       + rubric.components.map { CSVTable.number(e.region.component($0.id)?.score) }
                       + [CSVTable.number(e.final), CSVTable.number(e.shown), CSVTable.number(e.region.printedFinal), CSVTable.number(e.difference),
                          CSVTable.number(e.region.printedImprovement)] + (agreement == nil ? [] : [CSVTable.number(readiness[e.region.key])]))
        }
        for r in ranking.nonParticipants {
            csv.append(["", "", r.code ?? "", r.name, r.group.id, "false"] + rubric.components.map { _ in "" } + ["", "", "", "", ""] + extra.map { _ in "" })
        }
        return csv.rendered()
    }

    static func rankJSON(_ view: AssessmentCohortView) -> JSONValue {
        let ranking = view.ranking, rubric = ranking.rubric
        func components(_ r: RegionScore) -> JSONValue {
            .object(r.components.map { ($0.component.id, .number($0.score)) })
        }
        let regions: [JSONValue] = ranking.entries.map { e in
            .object([("code", .string(e.region.code)), ("name", .string(e.region.name)), ("group", .string(e.region.group.id)),
                     ("participated", .bool(true)), ("rank", .number(Double(e.rank))), ("tied_with", .number(Double(e.tiedWith))),
                     ("group_rank", .number(Double(e.groupRank))), ("group_size", .number(Double(e.groupSize))),
                     ("printed_rank", e.printedRank.map { .number(Double($0)) } ?? .null),
                     ("final_score", .number(e.final)), ("final_score_printed", .number(e.shown)),
                     ("printed_final", .number(e.region.printedFinal)), ("difference", .number(e.difference)),
                     ("improvement_printed", .number(e.region.printedImprovement)), ("components", components(e.region))])
        } + ranking.nonParticipants.map { r in
            .object([("code", .string(r.code)), ("name", .string(r.name)), ("group", .string(r.group.id)), ("participated", .bool(false)),
                     ("rank", .null), ("final_score", .null)])
        }
        var fields: [(String, JSONValue)] = [
            ("edition", .number(Double(rubric.edition))), ("file", .string(ranking.file)),
            ("participants", .number(Double(ranking.entries.count))), ("non_participants", .number(Double(ranking.nonParticipants.count))),
            ("groups", .array(rubric.groups.map { g in
                .object([("id", .string(g.id)), ("weights", .object(g.weights.map { ($0.component, .number($0.weight)) })),
                         ("participants", .number(Double(ranking.entries.filter { $0.region.group.id == g.id }.count)))])
            })),
            ("check", .object([("tolerance", .number(rubric.publishedTolerance)), ("largest_difference", .number(ranking.largestDifference)),
                               ("outside_tolerance", .array(ranking.outsideTolerance.map { .string($0.region.code ?? $0.region.name) }))])),
            ("statistics", .object(([nil] + rubric.components.map { Optional($0.id) }).compactMap { id -> (String, JSONValue)? in
                guard let s = ranking.spread(id) else { return nil }
                return (id ?? "final", spreadJSON(s))
            })),
            ("regions", .array(regions)),
            ("method", .object([
                ("final", .string("weighted sum of the component scores with the row's group's weights; a 0 stays in the sum (evaluation.md §6.2)")),
                ("rank", .string("by the final rounded half up to \(rubric.printedDecimals) decimals, as published; equal finals share a rank (1, 2, 2, 4), listed by name")),
                ("non_participants", .string("listed, not ranked, left out of every statistic (§6.4)")),
                ("quartiles", .string("linear interpolation between order statistics (QUARTILE.INC)")),
            ])),
        ]
        if let agreement = view.agreement { fields.append(("readiness", agreementJSON(agreement))) }
        return .object(fields)
    }

    static func spreadJSON(_ s: AssessmentRanking.Spread) -> JSONValue {
        .object([("count", .number(Double(s.count))), ("min", .number(s.minimum)), ("q1", .number(s.lowerQuartile)), ("median", .number(s.median)),
                 ("q3", .number(s.upperQuartile)), ("max", .number(s.maximum))])
    }

    static func agreementJSON(_ a: ReadinessAgreement) -> JSONValue {
        .object([("year", .number(Double(a.year))), ("matched", .number(Double(a.pairs.count))), ("unmatched", .number(Double(a.unmatched))),
                 ("spearman", .number(a.spearman)),
                 ("pairs", .array(a.pairs.map { p in
                     .object([("code", .string(p.entry.region.code)), ("final_score", .number(p.entry.final)), ("readiness_index", .number(p.index)),
                              ("final_place", .number(p.finalPlace)), ("readiness_place", .number(p.indexPlace))])
                 })),
                 ("values", a.values?.json ?? .null)])
    }

    static func rankText(_ view: AssessmentCohortView, markdown md: Bool, top: Int?, _ t: Localizer) -> String {
        let ranking = view.ranking, rubric = ranking.rubric, n = t.numbers, l = t.language
        var out = Format.heading(t(.assessmentRankHeading, ["title": rubric.title[l], "count": n.integer(ranking.entries.count)]), markdown: md)
        for g in rubric.groups where ranking.entries.contains(where: { $0.region.group.id == g.id }) {
            out += text(t(.assessmentGroupLine, ["group": g.name[l], "weights": weightsText(g, rubric, t)]), md) + "\n"
        }
        out += "\n"
        let shown = top.map { Array(ranking.entries.prefix($0)) } ?? ranking.entries
        let several = rubric.groups.count > 1
        var headers = [t(.assessmentRank)] + (several ? [t(.assessmentGroupRank)] : []) + [t(.assessmentRegion)]
        headers += rubric.components.map { $0.letter }
        headers += [t(.assessmentFinal)] + (ranking.entries.contains { $0.region.printedFinal != nil } ? [t(.assessmentPrintedFinal)] : [])
        let printedColumn = ranking.entries.contains { $0.region.printedFinal != nil }
        let rows = shown.map { e -> [String] in
            var row = [e.tiedWith > 1 ? "=\(e.rank)" : String(e.rank)]
            if several { row.append("\(e.groupRank) · \(e.region.group.name[l])") }
            row.append(md ? e.region.name : CatalogueReport.truncate(e.region.name, 30))
            row += rubric.components.map { c in e.region.component(c.id).map { n.halfUp($0.score, digits: rubric.printedDecimals) } ?? "—" }
            row.append(n.fixed(e.final, digits: 3))
            if printedColumn { row.append(e.region.printedFinal.map { n.fixed($0, digits: rubric.printedDecimals) } ?? "—") }
            return row
        }
        out += table(headers, rows, headers.indices.map { $0 == (several ? 2 : 1) ? .left : .right }, markdown: md)
        if shown.count < ranking.entries.count {
            out += text(t(.assessmentMoreRows, ["count": n.integer(ranking.entries.count - shown.count)]), md) + "\n"
        }
        out += "\n" + text(t(.assessmentLetters, ["letters": rubric.components.map { "\($0.letter) \($0.short[l])" }.joined(separator: ", ")]), md) + "\n"
        out += text(t(.assessmentRankRule, ["decimals": String(rubric.printedDecimals)]), md) + "\n"
        if let check = checkSentence(ranking, t) { out += text(check, md) + "\n" }
        let moved = ranking.rankedDifferentlyWhenPrinted
        if !moved.isEmpty {
            let shift = moved.map { abs(($0.printedRank ?? $0.rank) - $0.rank) }.max() ?? 0
            out += text(t(.assessmentPrintedOrderDiffers, ["count": n.integer(moved.count), "shift": n.integer(shift),
                                                           "regions": names(moved.map { "\($0.region.name) (\($0.rank) → \($0.printedRank ?? $0.rank))" }, t)]), md) + "\n"
        }
        if !ranking.nonParticipants.isEmpty {
            out += text(t(.assessmentNonParticipants, ["count": n.integer(ranking.nonParticipants.count),
                                                       "regions": names(ranking.nonParticipants.map(\.name), limit: 20, t)]), md) + "\n"
        }
        if let a = view.agreement { out += agreementText(a, markdown: md, t) }
        return out
    }

    /// "54 impact questions are the means of the survey answers (47–50 respondents each) …", when any are.
    static func surveySentence(_ region: RegionScore, _ t: Localizer) -> String? {
        let counts = (region.answers ?? []).compactMap(\.origin.surveyAnswers)
        guard !counts.isEmpty else { return nil }
        return t(.assessmentSurveyLine, ["count": t.numbers.integer(counts.count), "fewest": t.numbers.integer(counts.min() ?? 0),
                                         "most": t.numbers.integer(counts.max() ?? 0)])
    }

    /// How far the recomputed finals lie from the printed ones, over the participants that have a printed final.
    static func checkSentence(_ ranking: AssessmentRanking, _ t: Localizer) -> String? {
        guard let largest = ranking.largestDifference else { return nil }
        let n = t.numbers, outside = ranking.outsideTolerance
        return t(.assessmentChecked, ["checked": n.integer(ranking.entries.filter { $0.region.printedFinal != nil }.count),
                                      "count": n.integer(ranking.entries.count), "largest": n.fixed(largest, digits: 4),
                                      "tolerance": n.fixed(ranking.rubric.publishedTolerance, digits: 3),
                                      "outside": outside.isEmpty ? "" : t(.assessmentCheckedOutside, ["count": n.integer(outside.count),
                                                                                                      "regions": names(outside.map(\.region.name), t)])])
    }

    static func agreementText(_ a: ReadinessAgreement, markdown md: Bool, _ t: Localizer) -> String {
        let n = t.numbers
        var out = Format.heading(t(.assessmentAgreementHeading), markdown: md)
        guard let rho = a.spearman else {
            return out + text(t(.assessmentAgreementTooFew, ["matched": n.integer(a.pairs.count)]), md) + "\n"
        }
        out += text(t(a.unmatched == 0 ? .assessmentAgreementAllMatched : .assessmentAgreementLine, ["rho": n.fixed(rho, digits: 2), "matched": n.integer(a.pairs.count), "unmatched": n.integer(a.unmatched),
                                                 "year": String(a.year), "reading": t(agreementReading(rho))]), md) + "\n\n"
        let rows = a.largestDisagreements().map { p in
            [md ? p.entry.region.name : CatalogueReport.truncate(p.entry.region.name, 30), n.halfUp(p.entry.final, digits: 2), n.fixed(p.finalPlace, digits: p.finalPlace == p.finalPlace.rounded() ? 0 : 1),
             n.fixed(p.index, digits: 1), n.fixed(p.indexPlace, digits: p.indexPlace == p.indexPlace.rounded() ? 0 : 1)]
        }
        out += text(t(.assessmentDisagreementCaption, ["matched": n.integer(a.pairs.count)]), md) + "\n\n"
        out += table([t(.assessmentRegion), t(.assessmentFinal), t(.assessmentFinalPlace), t(.assessmentReadinessIndex), t(.assessmentReadinessPlace)],
                            rows, [.left, .right, .right, .right, .right], markdown: md)
        if let values = a.values { out += values.sentence(t) + "\n" }
        return out
    }

    /// How strong a rank correlation reads, in words.
    static func agreementReading(_ rho: Double) -> TextKey {
        switch abs(rho) {
        case 0.7...: return rho > 0 ? .assessmentAgreementStrong : .assessmentAgreementInverse
        case 0.4..<0.7: return rho > 0 ? .assessmentAgreementModerate : .assessmentAgreementInverse
        default: return .assessmentAgreementWeak
        }
    }

    // MARK: compare

    public static func compare(_ c: AssessmentComparison, format: OutputFormat, language: Language, top: Int? = nil) -> String {
        switch format {
        case .json: return compareJSON(c).serialized()
        case .csv:
            var csv = CSVTable(headers: ["code", "name", "earlier_final", "later_final", "improvement", "improvement_printed", "difference",
                                         "earlier_rank", "later_rank"])
            for r in c.rows {
                let diff = r.improvement.flatMap { i in r.printedImprovement.map { i - $0 } }
                csv.append([r.code ?? "", r.name, CSVTable.number(r.earlier?.final), CSVTable.number(r.later?.final), CSVTable.number(r.improvement),
                            CSVTable.number(r.printedImprovement), CSVTable.number(diff), r.earlier.map { String($0.rank) } ?? "",
                            r.later.map { String($0.rank) } ?? ""])
            }
            return csv.rendered()
        case .table, .md, .html: return compareText(c, markdown: format == .md, top: top, Localizer(language))
        }
    }

    static func compareJSON(_ c: AssessmentComparison) -> JSONValue {
        .object([
            ("earlier", .object([("edition", .number(Double(c.earlier.rubric.edition))), ("file", .string(c.earlier.file)),
                                 ("participants", .number(Double(c.earlier.entries.count)))])),
            ("later", .object([("edition", .number(Double(c.later.rubric.edition))), ("file", .string(c.later.file)),
                               ("participants", .number(Double(c.later.entries.count)))])),
            ("matched", .number(Double(c.matched.count))), ("spearman", .number(c.rankCorrelation)),
            ("tolerance", .number(c.tolerance)),
            ("outside_tolerance", .array(c.outsideTolerance.map { .string($0.code ?? $0.name) })),
            ("regions", .array(c.rows.map { r in
                .object([("code", .string(r.code)), ("name", .string(r.name)),
                         ("earlier_final", .number(r.earlier?.final)), ("later_final", .number(r.later?.final)),
                         ("improvement", .number(r.improvement)), ("improvement_printed", .number(r.printedImprovement)),
                         ("earlier_rank", r.earlier.map { .number(Double($0.rank)) } ?? .null), ("later_rank", r.later.map { .number(Double($0.rank)) } ?? .null),
                         ("components", .object(r.componentChanges.map { ($0.component.id, .number($0.change)) }))])
            })),
            ("method", .string("improvement = later final − earlier final, both recomputed from their components (evaluation.md §6.3); none without a score in both")),
        ])
    }

    static func compareText(_ c: AssessmentComparison, markdown md: Bool, top: Int?, _ t: Localizer) -> String {
        let n = t.numbers
        var out = Format.heading(t(.assessmentCompareHeading, ["earlier": String(c.earlier.rubric.edition), "later": String(c.later.rubric.edition)]), markdown: md)
        out += text(t(.assessmentCompareSummary, ["matched": n.integer(c.matched.count), "later": n.integer(c.later.entries.count),
                                                  "earlier": n.integer(c.earlier.entries.count),
                                                  "rho": c.rankCorrelation.map { n.fixed($0, digits: 2) } ?? "—"]), md) + "\n\n"
        let rows = c.rows.filter { $0.later != nil }
        let shown = top.map { Array(rows.prefix($0)) } ?? rows
        let printed = rows.contains { $0.printedImprovement != nil }
        let tableRows = shown.map { r -> [String] in
            var row = [md ? r.name : CatalogueReport.truncate(r.name, 30), r.earlier.map { n.halfUp($0.final, digits: 2) } ?? "—",
                       r.later.map { n.halfUp($0.final, digits: 2) } ?? "—", r.improvement.map { signed($0, n) } ?? "—"]
            if printed { row.append(r.printedImprovement.map { signed($0, n) } ?? "—") }
            row += [r.earlier.map { String($0.rank) } ?? "—", r.later.map { String($0.rank) } ?? "—"]
            return row
        }
        let headers = [t(.assessmentRegion), String(c.earlier.rubric.edition), String(c.later.rubric.edition), t(.assessmentImprovement)]
            + (printed ? [t(.assessmentImprovementPrinted)] : []) + [t(.assessmentRankIn, ["edition": String(c.earlier.rubric.edition)]),
                                                                       t(.assessmentRankIn, ["edition": String(c.later.rubric.edition)])]
        out += table(headers, tableRows, headers.indices.map { $0 == 0 ? .left : .right }, markdown: md)
        if shown.count < rows.count { out += text(t(.assessmentMoreRows, ["count": n.integer(rows.count - shown.count)]), md) + "\n" }
        if printed {
            let outside = c.outsideTolerance
            out += "\n" + text(t(outside.isEmpty ? .assessmentImprovementWithin : .assessmentImprovementOutside,
                                 ["tolerance": n.fixed(c.tolerance, digits: 3), "count": n.integer(outside.count),
                                  "regions": names(outside.map(\.name), t)]), md) + "\n"
        }
        let only = c.rows.filter { $0.later == nil }
        if !only.isEmpty {
            out += text(t(.assessmentOnlyEarlier, ["edition": String(c.earlier.rubric.edition), "count": n.integer(only.count),
                                                   "regions": names(only.map(\.name), limit: 10, t)]), md) + "\n"
        }
        out += text(t(.assessmentImprovementRule), md) + "\n"
        return out
    }

    static func signed(_ x: Double, _ n: NumberFormat) -> String {
        let s = n.halfUp(x, digits: 2)
        return x > 0 && !s.hasPrefix("+") ? "+" + s : s
    }
}

extension AssessmentReport {
    /// A blank self-assessment sheet for a group: one row per question asked, with its component, printed
    /// number and text in the reader's language, and empty score and evidence cells to fill in.
    public static func template(_ rubric: Rubric, group: RubricGroup, language: Language) -> String {
        var csv = CSVTable(headers: ["question", "component", "number", "text", "score", "evidence"])
        for q in rubric.questions(of: group) {
            csv.append([q.id, q.component, q.number ?? "", q.text[language], "", ""])
        }
        return csv.rendered()
    }
}
