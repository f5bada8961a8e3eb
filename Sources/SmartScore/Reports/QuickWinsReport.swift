import Foundation

/// `smartscore quickwins`: a city's quick wins per dimension, its programmes by priority, the roadmap and the
/// risks; or the cohort view. People's formats (table, Markdown) name programmes in the reader's language;
/// ids appear only in JSON and CSV.
public enum QuickWinsReport {
    /// `width`: the terminal's, which the table text is fitted to (nil: whole lines). `top`: how many
    /// programmes the list by priority shows in text and Markdown (nil: all); JSON and CSV always hold all.
    public static func city(_ plan: CityPlan, model: ImpactModel, format: OutputFormat, language l: Language,
                            width: Int? = nil, top: Int? = nil) -> String {
        switch format {
        case .json: return cityJSON(plan, model: model).serialized()
        case .csv: return cityCSV(plan)
        case .md: return cityText(plan, markdown: true, language: l, top: top)
        default: return TextWrap.fit(cityText(plan, markdown: false, language: l, width: width, top: top), width: width)
        }
    }

    /// `width` as for `city`. Every programme is listed: the cities' table refers to them by number.
    public static func cohort(_ view: CohortQuickWins, format: OutputFormat, language l: Language, width: Int? = nil) -> String {
        switch format {
        case .json: return cohortJSON(view).serialized()
        case .csv: return cohortCSV(view)
        case .md: return cohortText(view, markdown: true, language: l)
        default: return TextWrap.fit(cohortText(view, markdown: false, language: l, width: width), width: width)
        }
    }
}

extension String {
    func ifEmpty(_ replacement: String) -> String { isEmpty ? replacement : self }
}
