import Foundation

/// The region's evaluation report as a self-contained page: the final and rank, a radar of the components
/// against the cohort median (on the ministry's 0–4 scale), the component table against the cohort, the
/// three lists (Kelemahan, Kekuatan, Rekomendasi), every question's score, and with readiness data the
/// scatter of the ministry's final against the readiness index.
enum AssessmentRegionHTML {
    static func page(_ report: RegionAssessmentReport, language: Language) -> String {
        let t = Localizer(language), n = t.numbers, l = language, rubric = report.rubric, region = report.region
        let h = HTMLPage.h
        var page = HTMLPage(title: t(.assessmentReportTitle, ["region": region.name, "title": rubric.title[l]]), language: language)
        page.raw("<h1>\(h(region.name))</h1><p class=\"lead\">\(h(rubric.title[l])) · \(h(region.group.name[l]))</p>")

        var cards = "<div class=\"cards\">"
        if let final = region.final {
            cards += card(n.halfUp(final, digits: rubric.printedDecimals), t(.assessmentFinalCard, ["max": n.fixed(rubric.scale.upperBound, digits: 0)]), id: "final-score")
        }
        if let entry = report.entry, let cohort = report.cohort {
            cards += card("\(n.integer(entry.rank)) / \(n.integer(cohort.entries.count))", t(.assessmentRankCard), id: "rank")
            cards += card("\(n.integer(entry.groupRank)) / \(n.integer(entry.groupSize))", t(.assessmentGroupRankCard, ["group": region.group.name[l]]), id: "group-rank")
        }
        page.raw(cards + "</div>")
        if let final = region.final {
            page.raw("<p>\(h(t(.assessmentFinalLine, ["final": n.fixed(final, digits: 4), "printed": n.halfUp(final, digits: rubric.printedDecimals)])))</p>")
        }
        if let entry = report.entry {
            let tied = AssessmentRegionReport.tiedNames(report, entry)
            if !tied.isEmpty { page.raw("<p class=\"muted\">\(h(t(.assessmentTiedSentence, ["regions": AssessmentReport.names(tied, t)])))</p>") }
        }
        if let printedRank = AssessmentRegionReport.printedRankLine(report, t) { page.raw("<p class=\"muted\">\(h(printedRank))</p>") }
        if let previous = report.previous { page.raw("<p id=\"improvement\">\(h(AssessmentReport.previousLine(previous, rubric: rubric, t)))</p>") }
        for note in AssessmentRegionReport.notes(report, t) { page.raw("<p class=\"warning\">\(h(note))</p>") }

        // Components: radar and table against the cohort.
        let spreads = region.components.map { report.cohort?.spread($0.component.id, group: region.group.id) }
        let top = rubric.scale.upperBound
        let radar = Charts.radar(axes: region.components.map { $0.component.short[l] }, values: region.components.map { $0.score / top * 100 },
                                 reference: spreads.map { $0.map { $0.median / top * 100 } }, label: region.name,
                                 referenceLabel: report.cohort == nil ? "" : t(.assessmentCohortMedian), numbers: n,
                                 ringLabels: [0.25, 0.5, 0.75, 1].map { n.fixed($0 * top, digits: 0) },
                                 valueLabels: region.components.map { n.halfUp($0.score, digits: rubric.printedDecimals) })
        var body = HTMLPage.figure(radar, label: t(.assessmentRadarLabel), caption: t(.assessmentRadarCaption, ["max": n.fixed(top, digits: 0)]))
        body += HTMLPage.table([t(.assessmentComponent), t(.assessmentWeight), t(.assessmentScore), t(.assessmentCohortMedian),
                                t(.assessmentCohortQuartiles), t(.assessmentPosition)],
                               region.components.enumerated().map { k, c in
                                   ["\(c.component.letter). " + c.component.short[l], AssessmentReport.weight(c.weight, n), n.halfUp(c.score, digits: rubric.printedDecimals),
                                    spreads[k].map { n.halfUp($0.median, digits: 2) } ?? "—",
                                    spreads[k].map { n.halfUp($0.lowerQuartile, digits: 2) + "–" + n.halfUp($0.upperQuartile, digits: 2) } ?? "—",
                                    spreads[k].map { t(AssessmentRegionReport.quartileKey(c.score, $0, digits: rubric.printedDecimals)) } ?? "—"]
                               }, numeric: [1, 2, 3, 4], id: "components")
        if let cohort = report.cohort {
            body += "<p class=\"muted\">\(h(t(.assessmentCohortNote, ["count": n.integer(cohort.entries.filter { $0.region.group.id == region.group.id }.count), "group": region.group.name[l]])))</p>"
        }
        page.section("components-section", t(.assessmentComponentsHeading), body)

        page.section("weaknesses", t(.assessmentWeaknessesHeading), findings(report.findings.weaknesses, rubric: rubric, t)
                     + (report.findings.allAtTop ? "<p>\(h(t(.assessmentAllAtTop)))</p>" : ""))
        page.section("strengths", t(.assessmentStrengthsHeading), findings(report.findings.strengths, rubric: rubric, t)
                     + (report.findings.strengths.isEmpty ? "<p>\(h(t(report.findings.allEqual ? .assessmentAllEqual : .assessmentNoStrengths)))</p>" : ""))
        let recommendations = report.findings.recommendations.map { "<li>\(h(AssessmentRegionReport.recommendationText($0, rubric: rubric, t)))</li>" }.joined()
        page.section("recommendations", t(.assessmentRecommendationsHeading),
                     recommendations.isEmpty ? "<p>\(h(t(.assessmentAllAtTop)))</p>" : "<ol>\(recommendations)</ol>")

        if let agreement = report.agreement { page.section("readiness", t(.assessmentAgreementHeading), agreementHTML(agreement, highlight: region, t)) }

        // Every question, by component, folded away for print.
        var questions = ""
        for c in region.components {
            let answers = (region.answers ?? []).filter { $0.question.component == c.component.id }
            questions += "<h3>\(h(c.component.letter + ". " + c.component.name[l]))</h3>"
            questions += HTMLPage.table([t(.assessmentQuestionID), t(.assessmentNumber), t(.assessmentQuestion), t(.assessmentScore), t(.assessmentEvidenceHeader)],
                                        answers.map { a in
                                            [a.question.id, a.question.shownNumber, a.question.text[l], n.halfUp(a.score, digits: rubric.printedDecimals),
                                             a.evidence ?? (a.origin.surveyAnswers.map { t(.assessmentFromSurvey, ["count": n.integer($0)]) } ?? "")]
                                        }, numeric: [3])
        }
        page.section("questions", t(.assessmentQuestionsHeading), "<details><summary>\(h(t(.assessmentQuestionsSummary, ["count": n.integer(region.answers?.count ?? 0)])))</summary>\(questions)</details>")
        page.raw("<p class=\"muted\">\(h(t(.assessmentMethodLine, ["source": rubric.source[t.language]])))</p>")
        return page.rendered()
    }

    static func card(_ big: String, _ label: String, id: String) -> String {
        "<div class=\"card\" id=\"\(id)\"><div class=\"big\">\(HTMLPage.h(big))</div><div class=\"label\">\(HTMLPage.h(label))</div></div>"
    }

    static func findings(_ list: [AssessmentFindings.Finding], rubric: Rubric, _ t: Localizer) -> String {
        guard !list.isEmpty else { return "" }
        let n = t.numbers, l = t.language
        return "<ol>" + list.map { f in
            let q = f.answer.question
            var s = t(.assessmentFindingLine, ["id": q.id, "component": rubric.component(q.component)?.short[l] ?? q.component, "text": q.text[l],
                                              "score": n.halfUp(f.answer.score, digits: rubric.printedDecimals)])
            if let evidence = f.answer.evidence { s += " " + t(.assessmentEvidence, ["evidence": evidence]) }
            return "<li>\(HTMLPage.h(s))</li>"
        }.joined() + "</ol>"
    }

    static func agreementHTML(_ a: ReadinessAgreement, highlight region: RegionScore?, _ t: Localizer) -> String {
        let n = t.numbers, h = HTMLPage.h
        guard let rho = a.spearman else { return "<p>\(h(t(.assessmentAgreementTooFew, ["matched": n.integer(a.pairs.count)])))</p>" }
        var out = "<p>\(h(t(a.unmatched == 0 ? .assessmentAgreementAllMatched : .assessmentAgreementLine, ["rho": n.fixed(rho, digits: 2), "matched": n.integer(a.pairs.count), "unmatched": n.integer(a.unmatched), "year": String(a.year), "reading": t(AssessmentReport.agreementReading(rho))])))</p>"
        let points = a.pairs.map { p in
            (x: p.index, y: p.entry.final, label: "\(p.entry.region.name): \(n.halfUp(p.entry.final, digits: 2)) · \(n.fixed(p.index, digits: 1))",
             highlighted: p.entry.region.code != nil && p.entry.region.code == region?.code)
        }
        let xs = a.pairs.map(\.index)
        let lo = ((xs.min() ?? 0) / 10).rounded(.down) * 10, hi = max(lo + 10, ((xs.max() ?? 100) / 10).rounded(.up) * 10)
        let chart = Charts.scatter(points: points, xRange: lo...hi, yRange: 0...4, xTitle: t(.assessmentReadinessIndex),
                                   yTitle: t(.assessmentFinal), xTicks: stride(from: lo, through: hi, by: 10).map { $0 },
                                   yTicks: [0, 1, 2, 3, 4], numbers: n, xDigits: 0, yDigits: 0)
        let highlighted = points.contains(where: \.highlighted)
        out += HTMLPage.figure(chart, label: t(.assessmentScatterLabel), caption: t(highlighted ? .assessmentScatterCaption : .assessmentScatterCaptionCohort))
        out += "<p class=\"muted\">\(h(t(.assessmentDisagreementCaption, ["matched": n.integer(a.pairs.count)])))</p>"
        out += HTMLPage.table([t(.assessmentRegion), t(.assessmentFinal), t(.assessmentFinalPlace), t(.assessmentReadinessIndex), t(.assessmentReadinessPlace)],
                              a.largestDisagreements().map { p in
                                  [p.entry.region.name, n.halfUp(p.entry.final, digits: 2), n.fixed(p.finalPlace, digits: p.finalPlace == p.finalPlace.rounded() ? 0 : 1),
                                   n.fixed(p.index, digits: 1), n.fixed(p.indexPlace, digits: p.indexPlace == p.indexPlace.rounded() ? 0 : 1)]
                              }, numeric: [1, 2, 3, 4])
        if let values = a.values { out += "<p class=\"muted\">\(h(values.sentence(t)))</p>" }
        return out
    }
}
