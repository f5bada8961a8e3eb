import Foundation

extension Charts {
    /// One year of the trend chart: the region's index, and the cohort's median and quartiles that year.
    public struct TrendYear: Sendable {
        public let year: Int
        public let value: Double?
        public let median: Double?
        public let lowerQuartile: Double?
        public let upperQuartile: Double?

        public init(year: Int, value: Double?, median: Double?, lowerQuartile: Double?, upperQuartile: Double?) {
            self.year = year
            self.value = value
            self.median = median
            self.lowerQuartile = lowerQuartile
            self.upperQuartile = upperQuartile
        }
    }

    /// The region's index over the years against its cohort: the middle half of the cohort (lower to upper
    /// quartile) as a band, the cohort median as a dashed line, the region as a solid line with dots; a
    /// legend under the plot, one tick per year, index points on the left. The value axis is padded round
    /// the data within 0–100, so that a change of a few points is visible.
    public static func trend(years: [TrendYear], labels: (region: String, median: String, band: String), yTitle: String,
                             numbers: NumberFormat) -> SVG {
        let width = 560.0, left = 48.0, right = 16.0, top = 26.0, plotH = 182.0
        let plotW = width - left - right
        // The legend's entries in a row under the year ticks, a long region name pushing the rest to a
        // second row rather than past the chart's edge.
        let entries = [labels.region, labels.median, labels.band]
        var slots: [(x: Double, row: Int)] = []
        var cursor = left, row = 0
        for entry in entries {
            let w = 28 + textWidth(entry, size: 9.5)
            if cursor > left && cursor + w > width - right { cursor = left; row += 1 }
            slots.append((cursor, row))
            cursor += w + 12
        }
        let height = top + plotH + 50 + Double(row) * 16
        var svg = SVG(width: width, height: height)
        svg.text(yTitle, x: 8, y: 14, size: 10, fill: "#333333", weight: "bold")
        svg.rect(x: left, y: top, width: plotW, height: plotH, fill: "#ffffff", stroke: "#bbbbbb")
        let all = years.flatMap { [$0.value, $0.median, $0.lowerQuartile, $0.upperQuartile] }.compactMap { $0 }.filter(\.isFinite)
        guard let first = years.first?.year, let last = years.last?.year, let low = all.min(), let high = all.max() else { return svg }
        let ticks = roundTicks(low: max(0, low - 2), high: min(100, high + 2))
        let values = ticks.values.filter { $0 >= 0 && $0 <= 100 }
        let yLow = values.first ?? 0, yHigh = values.last ?? 100
        func px(_ year: Int) -> Double { last > first ? left + 16 + Double(year - first) / Double(last - first) * (plotW - 32) : left + plotW / 2 }
        func py(_ y: Double) -> Double { yHigh > yLow ? top + plotH * (1 - (y - yLow) / (yHigh - yLow)) : top + plotH / 2 }
        for y in values {
            svg.line(x1: left, y1: py(y), x2: left + plotW, y2: py(y), stroke: "#eeeeee")
            svg.text(numbers.fixed(y, digits: ticks.digits), x: left - 5, y: py(y) + 3, size: 9, anchor: .end, fill: "#555555")
        }
        for year in years.map(\.year) {
            svg.line(x1: px(year), y1: top + plotH, x2: px(year), y2: top + plotH + 4, stroke: "#888888")
            svg.text(String(year), x: px(year), y: top + plotH + 15, size: 9, anchor: .middle, fill: "#555555")
        }
        // The band, in runs of consecutive years with both quartiles (a year without them breaks it).
        for run in runs(years, where: { $0.lowerQuartile != nil && $0.upperQuartile != nil }) where !run.isEmpty {
            let upper = run.map { (px($0.year), py($0.upperQuartile!)) }
            let lower = run.reversed().map { (px($0.year), py($0.lowerQuartile!)) }
            let outline = run.count == 1 ? [(upper[0].0 - 4, upper[0].1), (upper[0].0 + 4, upper[0].1), (lower[0].0 + 4, lower[0].1), (lower[0].0 - 4, lower[0].1)]
                : upper + lower
            svg.polygon(outline, fill: "#bdbdbd", stroke: "none", opacity: 0.45)
        }
        for run in runs(years, where: { $0.median != nil }) {
            for (a, b) in zip(run, run.dropFirst()) {
                svg.line(x1: px(a.year), y1: py(a.median!), x2: px(b.year), y2: py(b.median!), stroke: "#555555", width: 1.5, dash: "5 3")
            }
        }
        for run in runs(years, where: { $0.value != nil }) {
            for (a, b) in zip(run, run.dropFirst()) {
                svg.line(x1: px(a.year), y1: py(a.value!), x2: px(b.year), y2: py(b.value!), stroke: "#08519c", width: 2.5)
            }
        }
        for y in years {
            if let v = y.value {
                svg.circle(cx: px(y.year), cy: py(v), r: 3.5, fill: "#08519c", stroke: "#ffffff",
                           title: "\(labels.region) \(y.year): \(numbers.score(v))")
            }
        }
        func rowY(_ k: Int) -> Double { top + plotH + 36 + Double(slots[k].row) * 16 }
        svg.line(x1: slots[0].x, y1: rowY(0), x2: slots[0].x + 22, y2: rowY(0), stroke: "#08519c", width: 2.5)
        svg.line(x1: slots[1].x, y1: rowY(1), x2: slots[1].x + 22, y2: rowY(1), stroke: "#555555", width: 1.5, dash: "5 3")
        svg.rect(x: slots[2].x, y: rowY(2) - 5, width: 22, height: 10, fill: "#d4d4d4")
        for (k, entry) in entries.enumerated() { svg.text(entry, x: slots[k].x + 28, y: rowY(k) + 4, size: 9.5) }
        return svg
    }

    /// The maximal runs of consecutive entries that satisfy `keep`.
    static func runs<T>(_ items: [T], where keep: (T) -> Bool) -> [[T]] {
        var out: [[T]] = [], current: [T] = []
        for item in items {
            if keep(item) { current.append(item) } else if !current.isEmpty { out.append(current); current = [] }
        }
        if !current.isEmpty { out.append(current) }
        return out
    }
}
