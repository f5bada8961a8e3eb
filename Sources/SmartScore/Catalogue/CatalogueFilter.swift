import Foundation

/// A selection of catalogue indicators, as `catalogue list` and `catalogue search` take it.
public struct CatalogueFilter: Sendable, Equatable {
    public var dimension: String?
    public var element: String?
    public var pillar: String?
    public var standard: String?
    public var scoredOnly = false
    /// Words that must all occur (case- and accent-insensitively) in the code, names, theme or unit.
    public var text: String?

    public init(dimension: String? = nil, element: String? = nil, pillar: String? = nil,
                standard: String? = nil, scoredOnly: Bool = false, text: String? = nil) {
        self.dimension = dimension
        self.element = element
        self.pillar = pillar
        self.standard = standard
        self.scoredOnly = scoredOnly
        self.text = text
    }

    /// Checks the filter's ids against the framework, so a typo is an error and not an empty list.
    public func validate(against framework: Framework) throws {
        if let dimension, framework.dimension(dimension) == nil {
            throw InputError("unknown dimension '\(dimension)'", id: "dimensi '\(dimension)' tidak dikenal", at: SourceLocation(parameter: .dimension),
                             hint: "use one of \(Framework.dimensionIDs.joined(separator: ", "))",
                             hintID: "pakai salah satu dari \(Framework.dimensionIDs.joined(separator: ", "))")
        }
        if let element {
            let all = framework.elements.map(\.element.id)
            guard all.contains(element) else {
                throw InputError("unknown element '\(element)'", id: "elemen '\(element)' tidak dikenal", at: SourceLocation(parameter: .element),
                                 hint: "use one of \(all.joined(separator: ", "))", hintID: "pakai salah satu dari \(all.joined(separator: ", "))")
            }
        }
        if let pillar, framework.pillar(pillar) == nil {
            throw InputError("unknown pillar '\(pillar)'", id: "pilar '\(pillar)' tidak dikenal", at: SourceLocation(parameter: .pillar),
                             hint: "use one of \(Framework.pillarIDs.joined(separator: ", "))",
                             hintID: "pakai salah satu dari \(Framework.pillarIDs.joined(separator: ", "))")
        }
        if let standard, !IndicatorFileLoader.standards.contains(standard) {
            throw InputError("unknown standard '\(standard)'", id: "standar '\(standard)' tidak dikenal", at: SourceLocation(parameter: .standard),
                             hint: "use one of \(IndicatorFileLoader.standards.sorted().joined(separator: ", "))",
                             hintID: "pakai salah satu dari \(IndicatorFileLoader.standards.sorted().joined(separator: ", "))")
        }
    }

    public func matches(_ indicator: Indicator) -> Bool {
        if let dimension, indicator.dimension != dimension { return false }
        if let element, indicator.element != element { return false }
        if let pillar, indicator.pillar != pillar { return false }
        if let standard, indicator.standard != standard { return false }
        if scoredOnly && !indicator.isScored { return false }
        if let text {
            let haystack = [indicator.code, indicator.name.id, indicator.name.en, indicator.theme, indicator.unit]
                .joined(separator: " ").folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
            let words = text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
                .split(whereSeparator: \.isWhitespace)
            return words.allSatisfy { haystack.contains($0) }
        }
        return true
    }

    /// The matching indicators, after checking every filter value against the catalogue's framework.
    public func select(from catalogue: Catalogue) throws -> [Indicator] {
        try validate(against: catalogue.framework)
        return apply(to: catalogue)
    }

    public func apply(to catalogue: Catalogue) -> [Indicator] {
        catalogue.indicators.filter(matches)
    }
}
