import Foundation

/// How outputs say where their values came from: a JSON object, and a sentence (with a caution when most
/// values are synthetic) for people.
extension ValueProvenance {
    var json: JSONValue {
        .object([
            ("count", .number(Double(values))),
            ("synthetic_share", .number(syntheticShare)),
            ("sources", .array(sources.map { .object([("source", .string($0.source)), ("values", .number(Double($0.values))),
                                                      ("synthetic", .bool($0.synthetic))]) })),
        ])
    }

    /// The sentence for a table whose row is already labelled "Asal nilai": without its own label.
    public func unlabelledSentence(_ t: Localizer) -> String {
        let full = sentence(t), label = t(.valuesLabel) + ": "
        return full.hasPrefix(label) ? String(full.dropFirst(label.count)) : full
    }

    /// "Asal nilai: 75.390 nilai, 98,8% di antaranya sintetis …", and a caution line when most are synthetic.
    public func sentence(_ t: Localizer) -> String {
        let n = t.numbers
        let list = sources.map { "\(Self.name(of: $0.source, t)) \(n.integer($0.values))" }.joined(separator: "; ")
        var out = t(.valuesSentence, ["count": n.integer(values), "synthetic": n.percent(syntheticShare), "sources": list])
        if syntheticShare > 0.5 { out += "\n" + t(.valuesMostlySynthetic) }
        return out
    }

    /// A source as people read it: the generator's `synthetic seed N` in the reader's words.
    static func name(of source: String, _ t: Localizer) -> String {
        if source.isEmpty { return t(.valuesNoSource) }
        let words = source.split(separator: " ")
        if words.count == 3, words[0] == "synthetic", words[1] == "seed" { return t(.valuesSyntheticSource, ["seed": String(words[2])]) }
        return source
    }
}
