import Foundation

/// The weights as applied, laid out for the method sections: the rows of the dimension, element,
/// indicator and AHP tables (shared by HTML and Markdown), the Markdown section, and the compact lines
/// `evaluate` prints after its method sentence. Every framework dimension is listed, one without data
/// said so, as the rest of the reports do.
enum MethodWeightsReport {
    /// Indents an element under its dimension. An em space, because HTML and Markdown tables would
    /// swallow ordinary spaces.
    static let indent = "\u{2003}"

    /// [dimension, weight, share of the index] per framework dimension.
    static func dimensionRows(_ w: AppliedWeights, _ words: ScoringWording) -> [[String]] {
        guard let fw = words.framework else { return w.dimensions.map { [$0.id, words.localizer.numbers.weight($0.weight), words.share($0.shareOfIndex)] } }
        let t = words.localizer, l = t.language
        return fw.dimensions.map { d in
            guard let part = w.dimensions.first(where: { $0.id == d.id }) else {
                return [fw.name(of: d.id, l) + " (\(t(.dataCoverageNoData)))", "—", "—"]
            }
            return [fw.name(of: d.id, l), t.numbers.weight(part.weight), words.share(part.shareOfIndex)]
        }
    }

    /// Each in-scope dimension followed by its elements, indented: [dimension or element, weight, share
    /// within the dimension, share of the index]. `isDimension` marks the dimensions' rows.
    static func elementRows(_ w: AppliedWeights, _ words: ScoringWording) -> [(row: [String], isDimension: Bool)] {
        guard let fw = words.framework else { return [] }
        let t = words.localizer, l = t.language, n = t.numbers
        var rows: [(row: [String], isDimension: Bool)] = []
        for d in fw.dimensions {
            guard let dimension = w.dimensions.first(where: { $0.id == d.id }) else { continue }
            rows.append(([fw.name(of: d.id, l), n.weight(dimension.weight), "", words.share(dimension.shareOfIndex)], true))
            for e in d.elements {
                let path = "\(d.id)/\(e.id)"
                guard let element = w.elements.first(where: { $0.id == path }) else {
                    rows.append(([indent + fw.name(of: path, l) + " (\(t(.dataCoverageNoData)))", "—", "—", "—"], false))
                    continue
                }
                rows.append(([indent + fw.name(of: path, l), n.weight(element.weight), words.share(element.shareOfParent),
                              words.share(element.shareOfIndex)], false))
            }
        }
        return rows
    }

    /// Every in-scope indicator, by framework dimension and then by share of the index, largest first (ties
    /// in catalogue order, where 37120:9.1 comes before 37120:10.2): [dimension, element, code, indicator,
    /// weight, share within the element, share of the index].
    static func indicatorRows(_ w: AppliedWeights, _ words: ScoringWording) -> [[String]] {
        let t = words.localizer, l = t.language, n = t.numbers
        let dimensionOrder = Dictionary(uniqueKeysWithValues: Framework.dimensionIDs.enumerated().map { ($0.element, $0.offset) })
        let sorted = w.indicators.enumerated().sorted { a, b in
            let da = dimensionOrder[a.element.indicator.dimension] ?? Int.max, db = dimensionOrder[b.element.indicator.dimension] ?? Int.max
            if da != db { return da < db }
            if a.element.part.shareOfIndex != b.element.part.shareOfIndex { return a.element.part.shareOfIndex > b.element.part.shareOfIndex }
            return a.offset < b.offset
        }.map(\.element)
        return sorted.map { item in
            let i = item.indicator
            return [words.plainName(i.dimension), words.plainName("\(i.dimension)/\(i.element)"), i.code, i.name[l],
                    n.weight(item.part.weight), words.share(item.part.shareOfParent, indicator: true), words.share(item.part.shareOfIndex, indicator: true)]
        }
    }

    /// [block, n, λmax, CI, RI, CR, status] per judged block, the block's name capitalised for a table cell.
    static func ahpRows(_ w: AppliedWeights, _ words: ScoringWording) -> [[String]] {
        w.consistency.map { c in
            let x = words.ahpNumbers(c), block = words.ahpBlock(c.block)
            return [block.prefix(1).uppercased() + block.dropFirst(), words.localizer.numbers.integer(c.size), x.lambda, x.ci, x.ri, x.cr,
                    words.ahpStatus(c)]
        }
    }

    static func dimensionHeaders(_ t: Localizer) -> [String] { [t(.dimension), t(.methodWeightsWeight), t(.methodWeightsShareOfIndex)] }
    static func elementHeaders(_ t: Localizer) -> [String] {
        [t(.dimensionOrElement), t(.methodWeightsWeight), t(.methodWeightsShareInDimension), t(.methodWeightsShareOfIndex)]
    }
    static func indicatorHeaders(_ t: Localizer) -> [String] {
        [t(.dimension), t(.methodWeightsElement), t(.code), t(.indicator), t(.methodWeightsWeight), t(.methodWeightsShareInElement),
         t(.methodWeightsShareOfIndex)]
    }
    static func ahpHeaders(_ t: Localizer) -> [String] {
        [t(.methodWeightsAHPBlock), t(.methodWeightsAHPSize), t(.methodWeightsLambdaMax), t(.methodWeightsCI), t(.methodWeightsRI),
         t(.methodWeightsCR), t(.methodWeightsAHPStatus)]
    }

    /// The Markdown section: how the weights were set, AHP's consistency with its warnings, then the
    /// dimension, element and indicator shares, and what a share means.
    static func markdown(_ result: ScoreResult, language: Language) -> String {
        let words = ScoringWording.reader(language, framework: result.framework)
        let t = words.localizer, w = result.model.appliedWeights
        var out = "\n## " + Format.md(t(.methodWeightsHeading)) + "\n\n" + Format.md(words.weightingSentence(w)) + "\n"
        if !w.consistency.isEmpty {
            out += "\n### " + Format.md(t(.methodWeightsAHPHeading)) + "\n\n"
            out += w.acceptedInconsistent.map { "**" + Format.md(words.ahpInconsistentWarning($0)) + "**\n\n" }.joined()
            out += Format.markdownTable(ahpHeaders(t), ahpRows(w, words)) + "\n" + Format.md(words.ahpLegend(w.consistency)) + "\n"
        }
        out += "\n### " + Format.md(t(.methodWeightsDimensionsHeading)) + "\n\n" + Format.markdownTable(dimensionHeaders(t), dimensionRows(w, words))
        out += "\n### " + Format.md(t(.methodWeightsElementsHeading)) + "\n\n"
            + Format.markdownTable(elementHeaders(t), elementRows(w, words).map(\.row), strong: elementRows(w, words).map(\.isDimension))
        out += "\n### " + Format.md(t(.methodWeightsIndicatorsHeading)) + "\n\n" + Format.markdownTable(indicatorHeaders(t), indicatorRows(w, words))
        out += "\n" + Format.md(t(.methodWeightsSharesNote)) + "\n"
        return out
    }

    /// What `evaluate` adds after its method sentence, kept short for a terminal: the dimension shares
    /// when they are not all equal, and one line per AHP block (whose status says when it was accepted
    /// above the ceiling, so no separate warning repeats it).
    static func compactLines(_ result: ScoreResult, words: ScoringWording) -> [String] {
        let w = result.model.appliedWeights
        return (w.dimensionSharesEqual ? [] : [words.dimensionSharesLine(w)]) + w.consistency.map(words.ahpLine)
    }
}
