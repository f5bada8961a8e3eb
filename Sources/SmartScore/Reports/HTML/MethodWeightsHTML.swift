import Foundation

/// The weights as applied, in HTML, for the method section of the city and the cohort report: the
/// weighting in a sentence, the dimensions' shares, AHP's consistency (a warning for a block accepted
/// above 0.1), and the elements' and indicators' shares inside a closed `<details>`, which a printed page
/// reduces to its summary line.
enum MethodWeightsHTML {
    static func section(_ result: ScoreResult, words: ScoringWording) -> String {
        let t = words.localizer, w = result.model.appliedWeights
        var out = "<h3>" + HTMLPage.h(t(.methodWeightsHeading)) + "</h3>"
        out += "<p>" + HTMLPage.h(words.weightingSentence(w)) + "</p>"
        out += HTMLPage.table(MethodWeightsReport.dimensionHeaders(t), MethodWeightsReport.dimensionRows(w, words), numeric: [1, 2],
                              id: "bobot-dimensi")
        if !w.consistency.isEmpty {
            out += "<h3>" + HTMLPage.h(t(.methodWeightsAHPHeading)) + "</h3>"
            out += w.acceptedInconsistent.map { "<p class=\"warning\"><strong>" + unbroken(HTMLPage.h(words.ahpInconsistentWarning($0))) + "</strong></p>" }.joined()
            out += HTMLPage.table(MethodWeightsReport.ahpHeaders(t), MethodWeightsReport.ahpRows(w, words), numeric: [1, 2, 3, 4, 5],
                                  id: "ahp-konsistensi")
            out += "<p class=\"muted\">" + HTMLPage.h(words.ahpLegend(w.consistency)) + "</p>"
        }
        let elements = MethodWeightsReport.elementRows(w, words)
        out += "<details><summary>" + HTMLPage.h(t(.methodWeightsDetailsSummary, ["elements": t.numbers.integer(w.elements.count),
                                                                                  "indicators": t.numbers.integer(w.indicators.count)])) + "</summary>"
        out += "<h4>" + HTMLPage.h(t(.methodWeightsElementsHeading)) + "</h4>"
        out += HTMLPage.table(MethodWeightsReport.elementHeaders(t), elements.map(\.row), numeric: [1, 2, 3],
                              rowAttributes: elements.map { $0.isDimension ? "class=\"group\"" : "" }, id: "bobot-elemen")
        out += "<h4>" + HTMLPage.h(t(.methodWeightsIndicatorsHeading)) + "</h4>"
        out += HTMLPage.table(MethodWeightsReport.indicatorHeaders(t), MethodWeightsReport.indicatorRows(w, words), numeric: [4, 5, 6],
                              id: "bobot-indikator")
        out += "</details>"
        return out + "<p class=\"muted\">" + HTMLPage.h(t(.methodWeightsSharesNote)) + "</p>"
    }

    /// Keeps the flag on one line: a browser would break it after its leading hyphens, and a reader would
    /// copy "--" and "allow-inconsistent" apart.
    static func unbroken(_ escaped: String) -> String {
        escaped.replacingOccurrences(of: "--allow-inconsistent", with: "<code class=\"flag\">--allow-inconsistent</code>")
    }
}
