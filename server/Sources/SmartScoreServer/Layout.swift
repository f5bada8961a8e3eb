import Foundation
import Hummingbird
import SmartScore

/// The frame of every page: the head (the style sheets and the one script, all files of this server), the
/// navigation with the language toggle, and the page's body. Every text from data or the request is escaped.
enum Layout {
    /// Text escaped for HTML by the reports' own escaping (markup characters, and control and bidi characters
    /// shown rather than obeyed). Most cells (numbers, codes, plain names) are printable ASCII without markup
    /// and pass through after one look at their bytes: the ranking page has ten thousand cells.
    static func h(_ s: String) -> String {
        let plain = s.utf8.allSatisfy { $0 >= 0x20 && $0 < 0x7F && $0 != 0x26 && $0 != 0x3C && $0 != 0x3E && $0 != 0x22 }
        return plain ? s : SVG.escape(s)
    }

    /// A query string from pairs (each name and value percent-encoded), with its `?`; empty when none.
    static func query(_ pairs: [(String, String)]) -> String {
        let allowed = CharacterSet.alphanumerics.union(CharacterSet(charactersIn: "-._~"))
        let encoded = pairs.map { "\($0.0.addingPercentEncoding(withAllowedCharacters: allowed) ?? "")=\($0.1.addingPercentEncoding(withAllowedCharacters: allowed) ?? "")" }
        return encoded.isEmpty ? "" : "?" + encoded.joined(separator: "&")
    }

    /// The request's own address with `lang` set to the other language: the toggle keeps the view.
    static func otherLanguageLink(_ request: Request, _ language: Language) -> String {
        let other: Language = language == .id ? .en : .id
        var pairs = request.uri.queryParameters.filter { $0.key != "lang" }.map { (String($0.key), String($0.value)) }
        pairs.append(("lang", other.rawValue))
        return request.uri.path + query(pairs)
    }

    static func page(title: String, language l: Language, request: Request, active: String, body: String) -> String {
        let t = Localizer(l)
        var out = "<!DOCTYPE html>\n<html lang=\"\(l.rawValue)\"><head><meta charset=\"utf-8\"/>"
        out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/><title>\(h(title))</title>"
        out += "<link rel=\"stylesheet\" href=\"/assets/report.css\"/><link rel=\"stylesheet\" href=\"/assets/dashboard.css\"/>"
        out += "<script src=\"/assets/dashboard.js\" defer=\"defer\"></script></head><body>"
        out += "<nav class=\"top\"><strong>\(h(t(.dashboardTitle)))</strong>"
        for (id, href, key) in [("ranking", "/", TextKey.dashboardRanking), ("whatif", "/whatif", .dashboardWhatIf),
                                ("evaluation", "/evaluation", .dashboardEvaluation)] {
            out += "<a href=\"\(href)\"\(id == active ? " aria-current=\"page\"" : "")>\(h(t(key)))</a>"
        }
        out += "<a id=\"language-toggle\" hreflang=\"\(l == .id ? "en" : "id")\" href=\"\(h(otherLanguageLink(request, l)))\">\(h(t(.dashboardOtherLanguage)))</a>"
        out += "</nav><main>\(body)</main></body></html>\n"
        return out
    }

    /// The page of a failed page request: the status and the message, nothing of the server's insides.
    static func errorPage(_ failure: APIError, language l: Language) -> String {
        var out = "<!DOCTYPE html>\n<html lang=\"\(l.rawValue)\"><head><meta charset=\"utf-8\"/><title>\(failure.status.code)</title>"
        out += "<link rel=\"stylesheet\" href=\"/assets/report.css\"/><link rel=\"stylesheet\" href=\"/assets/dashboard.css\"/></head><body><main>"
        out += "<h1>\(failure.status.code)</h1><p class=\"error\">\(h(failure.text[l]))</p>"
        out += "<p><a href=\"/\">\(h(Localizer(l)(.dashboardBackToRanking)))</a></p></main></body></html>\n"
        return out
    }

    /// `<option>`s of a select, the chosen one selected.
    static func options(_ choices: [(value: String, label: String)], chosen: String?) -> String {
        choices.map { "<option value=\"\(h($0.value))\"\($0.value == (chosen ?? "") ? " selected=\"selected\"" : "")>\(h($0.label))</option>" }.joined()
    }

    /// The method chooser (normalisation, aggregation) every ranking view shares.
    static func methodFields(_ spec: WhatIfSpec, language l: Language) -> String {
        let t = Localizer(l)
        let normalisations: [(String, String)] = ScoringMethod.Normalisation.allCases.map { ($0.rawValue, t(TextKey(rawValue: "normalisation.\($0.rawValue)") ?? .normalisationGoalpost)) }
        let aggregations: [(String, String)] = ScoringMethod.Aggregation.allCases.map { ($0.rawValue, t(TextKey(rawValue: "aggregation.\($0.rawValue)") ?? .aggregationArithmetic)) }
        return "<label>\(h(t(.dashboardWhatIfNormalisation))) <select name=\"normalisation\" id=\"normalisation\">\(options(normalisations, chosen: spec.normalisation.rawValue))</select></label> "
            + "<label>\(h(t(.dashboardWhatIfAggregation))) <select name=\"aggregation\" id=\"aggregation\">\(options(aggregations, chosen: spec.aggregation.rawValue))</select></label> "
    }

    /// The year chooser: the dataset's years, the latest first; those an index is not computed for by default
    /// (few indicators or few cities) say so.
    static func yearField(_ years: (all: [Int], full: [Int]), chosen: Int, language l: Language) -> String {
        let t = Localizer(l)
        let choices = years.all.reversed().map { year in
            (String(year), years.full.contains(year) ? String(year) : t(.dashboardYearSparse, ["year": String(year)]))
        }
        return "<label>\(h(t(.year))) <select name=\"year\" id=\"year\">\(options(choices, chosen: String(chosen)))</select></label> "
    }

    /// The dataset chooser, when the store holds more than one.
    static func datasetField(_ names: [String], chosen: String) -> String {
        guard names.count > 1 else { return "<input type=\"hidden\" name=\"dataset\" value=\"\(h(chosen))\"/>" }
        return "<label>Dataset <select name=\"dataset\" id=\"dataset\">\(options(names.map { ($0, $0) }, chosen: chosen))</select></label> "
    }
}
