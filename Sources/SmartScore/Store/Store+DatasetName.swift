import Foundation

extension Store {
    /// The longest dataset name: a name is a label people type and read in lists, not a place for data.
    static let longestDatasetName = 100

    /// A dataset name as it is stored: in Unicode's composed form (NFC), so that "é" typed as one character
    /// or as "e" and a combining accent names one dataset, not two that look the same. Refused: an empty
    /// name, spaces around it, control or format characters (an escape sequence, a tab, a bidi override, a
    /// zero-width space — each makes a name that prints as another or drives the terminal), and a name
    /// longer than `longestDatasetName` characters.
    public static func datasetName(_ given: String) throws -> String {
        let name = given.precomposedStringWithCanonicalMapping
        let location = SourceLocation(parameter: .dataset)
        if name.trimmingCharacters(in: .whitespaces).isEmpty {
            throw InputError(.datasetNameEmpty, at: location)
        }
        if let bad = name.unicodeScalars.first(where: { CellText.isControl($0) || CellText.zeroWidth.contains($0) }) {
            throw InputError(.datasetNameControl, ["name": CellText.shown(name, .en), "char": CellText.codePoint(bad)],
                             at: location, hint: .datasetNameHint)
        }
        if name != name.trimmingCharacters(in: .whitespaces) {
            throw InputError(.datasetNameSpaces, ["name": name], at: location, hint: .datasetNameHint)
        }
        if name.count > longestDatasetName {
            throw InputError(.datasetNameTooLong, ["count": String(name.count), "most": String(longestDatasetName)],
                             at: location, hint: .datasetNameHint)
        }
        return name
    }
}
