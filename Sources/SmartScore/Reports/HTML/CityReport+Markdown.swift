import Foundation

/// The city report as Markdown: `evaluate`'s chapter, the rank interval, the strategy per dimension, the quick
/// wins, the provenance and the executive summary.
extension CityReport {
    public func markdown(language l: Language) -> String {
        let t = Localizer(l), n = t.numbers
        var out = EvaluateReport.render(evaluation, format: .md, language: l, catalogue: catalogue)
        if let s = interval, let sensitivity {
            out += "\n## " + t(.cityReportMarkdownRankHeading) + "\n\n"
            out += t(.cityReportMarkdownRankSentence, ["rank": String(s.nominalRank), "median": n.score(s.medianRank, digits: 0),
                                                      "p05": n.score(s.rankP05, digits: 0), "p95": n.score(s.rankP95, digits: 0),
                                                      "runs": n.integer(sensitivity.runs)]) + "\n"
        }
        let words = ScoringWording.reader(l, framework: fw)
        out += strategyMarkdown(words)
        if let plan {
            // One level down, so that the quick wins are a section of this document and not a second title.
            out += ("\n" + QuickWinsReport.cityText(plan, markdown: true, language: l)).replacingOccurrences(of: "\n#", with: "\n##")
        }
        out += MethodWeightsReport.markdown(evaluation.result, language: l)
        out += "\n## " + t(.cityReportMarkdownProvenance) + "\n\n"
        out += "- " + t(.cityReportMarkdownVersions, ["version": provenance.smartscoreVersion, "catalogue": provenance.catalogueVersion]) + "\n"
        out += "- " + t(.cityReportMarkdownData, ["source": provenance.dataSource, "hashes": provenance.dataHashes.joined(separator: ", ")]) + "\n"
        // The one page a head of region presents, last.
        out += ExecutiveSummary(self, words: words).markdown(t)
        return out
    }
}
