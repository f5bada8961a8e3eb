import Foundation
import ZIPFoundation

/// The parts of a workbook read before any sheet: `xl/workbook.xml` (sheet names and their relationship
/// ids), `xl/_rels/workbook.xml.rels` (where each sheet's XML is), the shared strings and the styles.
extension Workbook {
    struct Structure {
        var sheets: [(name: String, part: String)]
        var sharedStrings: [String]
        var numberStyles: [NumberStyle]
        var date1904: Bool
    }

    static let workbookPart = "xl/workbook.xml"
    static let relationshipsPart = "xl/_rels/workbook.xml.rels"

    static func readStructure(archive: WorkbookArchive, file: String, budget: inout PartBudget) throws -> Structure {
        guard let workbookXML = try readPart(workbookPart, archive: archive, file: file, budget: &budget) else {
            throw InputError(.workbookNoWorkbookPart, at: SourceLocation(file: file), hint: .workbookNotZipHint)
        }
        var declared: [(name: String, id: String)] = []
        var date1904 = false
        let book = XMLEvents()
        book.onStart = { name, attributes in
            switch name {
            case "workbookPr":
                date1904 = ["1", "true"].contains(attributes["date1904"]?.lowercased() ?? "")
            case "sheet":
                // `r:id`, whatever the prefix is called, is `id` without it.
                if let sheet = attributes["name"], let id = attributes["id"] { declared.append((sheet, id)) }
            default: break
            }
        }
        try book.parse(workbookXML, malformed: malformed(workbookPart, file: file))

        var targets: [String: (type: String, path: String)] = [:]
        if let relsXML = try readPart(relationshipsPart, archive: archive, file: file, budget: &budget) {
            let rels = XMLEvents()
            rels.onStart = { name, attributes in
                guard name == "Relationship", let id = attributes["Id"], let target = attributes["Target"],
                      attributes["TargetMode"] != "External" else { return }
                targets[id] = (attributes["Type"] ?? "", resolve(target))
            }
            try rels.parse(relsXML, malformed: malformed(relationshipsPart, file: file))
        }
        var sheets: [(name: String, part: String)] = []
        for (index, sheet) in declared.enumerated() {
            // Without relationships, the path every writer uses for the n-th sheet.
            let part = targets[sheet.id]?.path ?? "xl/worksheets/sheet\(index + 1).xml"
            guard archive[part] != nil else {
                throw InputError(.workbookPartMissing, ["part": part, "sheet": sheet.name], at: SourceLocation(file: file), hint: .workbookNotZipHint)
            }
            sheets.append((sheet.name, part))
        }
        func target(_ kind: String, default path: String) -> String {
            targets.values.first { $0.type.hasSuffix("/" + kind) }?.path ?? path
        }
        let strings = try readSharedStrings(target("sharedStrings", default: "xl/sharedStrings.xml"), archive: archive, file: file, budget: &budget)
        let styles = try readNumberStyles(target("styles", default: "xl/styles.xml"), archive: archive, file: file, budget: &budget)
        return Structure(sheets: sheets, sharedStrings: strings, numberStyles: styles, date1904: date1904)
    }

    /// A relationship target as a zip path: `/xl/worksheets/sheet1.xml` (absolute, from the archive's
    /// root) or `worksheets/sheet1.xml` (relative to `xl/`), `..` resolved.
    static func resolve(_ target: String) -> String {
        let joined = target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
        var parts: [Substring] = []
        for piece in joined.split(separator: "/", omittingEmptySubsequences: true) {
            if piece == "." { continue }
            if piece == ".." { _ = parts.popLast(); continue }
            parts.append(piece)
        }
        return parts.joined(separator: "/")
    }

    /// The shared strings in order. A rich-text string is its runs (`<r><t>`) joined; phonetic guides
    /// (`<rPh>`, Japanese readings) are not part of the text.
    static func readSharedStrings(_ part: String, archive: WorkbookArchive, file: String, budget: inout PartBudget) throws -> [String] {
        guard let xml = try readPart(part, archive: archive, file: file, budget: &budget) else { return [] }
        var strings: [String] = []
        var current = "", inText = false, phonetic = 0
        let events = XMLEvents()
        events.onStart = { name, _ in
            switch name {
            case "si": current = ""
            case "rPh": phonetic += 1
            case "t": inText = phonetic == 0
            default: break
            }
        }
        events.onEnd = { name in
            switch name {
            case "si": strings.append(current)
            case "rPh": phonetic -= 1
            case "t": inText = false
            default: break
            }
        }
        events.onText = { text in if inText { current += text } }
        try events.parse(xml, malformed: malformed(part, file: file))
        return strings
    }

    /// Per cell style (`<cellXfs>`, in order), whether its number format shows a date, a percentage, or the
    /// number as it is.
    static func readNumberStyles(_ part: String, archive: WorkbookArchive, file: String, budget: inout PartBudget) throws -> [NumberStyle] {
        guard let xml = try readPart(part, archive: archive, file: file, budget: &budget) else { return [] }
        var customDates = Set<Int>(), customPercents = Set<Int>()
        var styles: [NumberStyle] = []
        var inCellXfs = false
        let events = XMLEvents()
        events.onStart = { name, attributes in
            switch name {
            case "numFmt":
                if let id = attributes["numFmtId"].flatMap({ Int($0) }), let code = attributes["formatCode"] {
                    if ExcelDate.isDateFormat(code) { customDates.insert(id) } else if NumberStyle.isPercentFormat(code) { customPercents.insert(id) }
                }
            case "cellXfs": inCellXfs = true
            case "xf" where inCellXfs:
                let id = attributes["numFmtId"].flatMap { Int($0) } ?? 0
                if ExcelDate.builtInDateFormats.contains(id) || customDates.contains(id) {
                    styles.append(.date)
                } else if NumberStyle.builtInPercentFormats.contains(id) || customPercents.contains(id) {
                    styles.append(.percent)
                } else {
                    styles.append(.plain)
                }
            default: break
            }
        }
        events.onEnd = { name in if name == "cellXfs" { inCellXfs = false } }
        try events.parse(xml, malformed: malformed(part, file: file))
        return styles
    }
}
