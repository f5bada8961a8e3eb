import Foundation

/// A city's series over the years (`IndicatorSeries`) in each of the report's forms: a summary line and a
/// table per indicator for text and Markdown, an object per indicator for JSON, a line chart and a table
/// for HTML.
enum IndicatorSeriesReport {
    /// "IPM: 60,6 pada 2010 menjadi 72,3 pada 2024 (+11,7)".
    static func summary(_ s: IndicatorSeries, _ t: Localizer) -> String {
        let n = t.numbers, first = s.points.first!, last = s.points.last!, d = digits(s)
        let change = s.change
        return t(.seriesChange, ["name": s.indicator.name[t.language], "first": n.fixed(first.value, digits: d), "from": String(first.year),
                                 "last": n.fixed(last.value, digits: d), "to": String(last.year),
                                 "change": (change > 0 ? "+" : "") + n.fixed(change, digits: d)])
    }

    /// The decimals the series' values need (at most four), so that one column shows them all alike:
    /// 78,10 beside 77,39, not 78,1.
    static func digits(_ s: IndicatorSeries) -> Int {
        s.points.map { p in
            (0...4).first { d in
                let f = pow(10, Double(d))
                return abs((p.value * f).rounded() - p.value * f) < 1e-6
            } ?? 4
        }.max() ?? 0
    }

    static func rows(_ s: IndicatorSeries, _ t: Localizer) -> [[String]] {
        let n = t.numbers, d = digits(s)
        return s.points.map { p in
            [String(p.year), n.fixed(p.value, digits: d), n.score(p.score),
             t(.seriesRank, ["rank": n.integer(p.rank), "of": n.integer(p.ranked)])]
        }
    }

    static func headers(_ s: IndicatorSeries, _ t: Localizer) -> [String] {
        [t(.seriesColumnYear), t(.value) + ", " + t.unit(s.indicator.unit), t(.score), t(.rank)]
    }

    static func json(_ s: IndicatorSeries) -> JSONValue {
        .object([
            ("indicator", .string(s.indicator.code)),
            ("unit", .string(s.indicator.unit)),
            ("points", .array(s.points.map { p in
                .object([("year", .number(Double(p.year))), ("value", .number(p.value)), ("score", .number(p.score)),
                         ("rank", .number(Double(p.rank))), ("ranked", .number(Double(p.ranked)))])
            })),
        ])
    }

    static func html(_ series: [IndicatorSeries], referenceYear: Int, _ t: Localizer) -> String {
        guard !series.isEmpty else { return "" }
        var out = "<h3>" + HTMLPage.h(t(.seriesHeading)) + "</h3>"
        out += "<p class=\"muted\">" + HTMLPage.h(t(.seriesNote, ["reference": String(referenceYear)])) + "</p>"
        for s in series {
            let name = s.indicator.name[t.language]
            let chart = Charts.line(points: s.points.map { ($0.year, $0.value) }, yTitle: name + ", " + t.unit(s.indicator.unit),
                                    numbers: t.numbers, digits: digits(s))
            out += HTMLPage.figure(chart, label: name, caption: summary(s, t))
            out += HTMLPage.table(headers(s, t), rows(s, t), numeric: [1, 2, 3])
        }
        return out
    }
}
