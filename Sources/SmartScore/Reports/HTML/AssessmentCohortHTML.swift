import Foundation

/// The cohort's evaluation as the ministry reads it: the spread of the finals, the ranking with every
/// component (the published table's columns, best first rather than alphabetical), the regions that did not
/// take part, the check against the printed finals, and with readiness data the scatter of the two measures.
enum AssessmentCohortHTML {
    static func page(_ view: AssessmentCohortView, language: Language) -> String {
        let t = Localizer(language), n = t.numbers, l = language, ranking = view.ranking, rubric = ranking.rubric, h = HTMLPage.h
        var page = HTMLPage(title: t(.assessmentRankHeading, ["title": rubric.title[l], "count": n.integer(ranking.entries.count)]), language: language)
        page.raw("<h1>\(h(rubric.title[l]))</h1><p class=\"lead\">\(h(t(.assessmentRankHeading, ["title": rubric.title[l], "count": n.integer(ranking.entries.count)])))</p>")

        var cards = "<div class=\"cards\">"
        cards += AssessmentRegionHTML.card(n.integer(ranking.entries.count), t(.assessmentParticipantsCard), id: "participants")
        if let spread = ranking.spread(nil) {
            cards += AssessmentRegionHTML.card(n.halfUp(spread.median, digits: 2), t(.assessmentMedianCard), id: "median")
            cards += AssessmentRegionHTML.card(n.halfUp(spread.lowerQuartile, digits: 2) + "–" + n.halfUp(spread.upperQuartile, digits: 2),
                                               t(.assessmentCohortQuartiles), id: "quartiles")
        }
        if !ranking.nonParticipants.isEmpty {
            cards += AssessmentRegionHTML.card(n.integer(ranking.nonParticipants.count), t(.assessmentNonParticipantsCard), id: "non-participants-count")
        }
        page.raw(cards + "</div>")
        for g in rubric.groups where ranking.entries.contains(where: { $0.region.group.id == g.id }) {
            page.raw("<p class=\"muted\">\(h(t(.assessmentGroupLine, ["group": g.name[l], "weights": AssessmentReport.weightsText(g, rubric, t)])))</p>")
        }

        let several = rubric.groups.count > 1
        let printed = ranking.entries.contains { $0.region.printedFinal != nil }
        var headers = [t(.assessmentRank)] + (several ? [t(.assessmentGroupRank)] : []) + [t(.assessmentRegion)]
        headers += rubric.components.map { $0.short[l] } + [t(.assessmentFinal)] + (printed ? [t(.assessmentPrintedFinal)] : [])
        let rows = ranking.entries.map { e -> [String] in
            var row = [e.tiedWith > 1 ? "=\(e.rank)" : String(e.rank)]
            if several { row.append("\(e.groupRank) · \(e.region.group.name[l])") }
            row.append(e.region.name)
            row += rubric.components.map { c in e.region.component(c.id).map { n.halfUp($0.score, digits: rubric.printedDecimals) } ?? "—" }
            row.append(n.fixed(e.final, digits: 3))
            if printed { row.append(e.region.printedFinal.map { n.fixed($0, digits: rubric.printedDecimals) } ?? "—") }
            return row
        }
        let first = several ? 3 : 2
        var body = HTMLPage.table(headers, rows, numeric: Set(first..<headers.count).union([0]), id: "ranking")
        body += "<p class=\"muted\">\(h(t(.assessmentRankRule, ["decimals": String(rubric.printedDecimals)])))</p>"
        if let check = AssessmentReport.checkSentence(ranking, t) { body += "<p class=\"muted\">\(h(check))</p>" }
        page.section("ranking-section", t(.assessmentRankingHeading), body)
        if !ranking.nonParticipants.isEmpty {
            page.section("non-participants", t(.assessmentNonParticipantsHeading),
                         "<ul>" + ranking.nonParticipants.map { "<li>\(h($0.name)) (\(h($0.group.name[l])))</li>" }.joined() + "</ul>")
        }
        if let agreement = view.agreement {
            page.section("readiness", t(.assessmentAgreementHeading), AssessmentRegionHTML.agreementHTML(agreement, highlight: nil, t))
        }
        page.raw("<p class=\"muted\">\(h(t(.assessmentMethodLine, ["source": rubric.source[l]])))</p>")
        return page.rendered()
    }
}
