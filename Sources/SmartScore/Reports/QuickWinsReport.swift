import Foundation

/// `smartscore quickwins`: a city's quick wins per dimension, its programmes by priority, the roadmap and the
/// risks; or the cohort view. People's formats (table, Markdown) name programmes in the reader's language;
/// ids appear only in JSON and CSV.
public enum QuickWinsReport {
    public static func city(_ plan: CityPlan, model: ImpactModel, format: OutputFormat, language l: Language) -> String {
        switch format {
        case .json: return cityJSON(plan, model: model).serialized()
        case .csv: return cityCSV(plan)
        default: return cityText(plan, markdown: format == .md, language: l)
        }
    }

    public static func cohort(_ view: CohortQuickWins, format: OutputFormat, language l: Language) -> String {
        switch format {
        case .json: return cohortJSON(view).serialized()
        case .csv: return cohortCSV(view)
        default: return cohortText(view, markdown: format == .md, language: l)
        }
    }
}

extension String {
    func ifEmpty(_ replacement: String) -> String { isEmpty ? replacement : self }
}
