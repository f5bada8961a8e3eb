import Foundation
import ZIPFoundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// A .docx opened for the tests: its parts by path, and the document's paragraphs, tables and pictures
/// read back from word/document.xml as a person would see them.
struct DocxPackageReader {
    var parts: [String: Data] = [:]
    /// The parts in the order the zip stores them.
    var order: [String] = []

    init(_ data: Data) throws {
        let archive = try Archive(data: data, accessMode: .read)
        for entry in archive {
            var bytes = Data()
            _ = try archive.extract(entry) { bytes.append($0) }
            parts[entry.path] = bytes
            order.append(entry.path)
        }
    }

    func text(_ path: String) -> String? { parts[path].map { String(decoding: $0, as: UTF8.self) } }

    /// A WordprocessingML paragraph: its style, its text, whether it is right-aligned.
    struct Paragraph: Equatable {
        var style: String?
        var text = ""
        var alignment: String?
        var listLevel: Int?
    }

    struct Table {
        var style: String?
        /// Each row's cells' text, and whether the row repeats as a header.
        var rows: [(cells: [String], header: Bool)] = []
    }

    /// The body read back: top-level paragraphs and tables in order, every picture's embed ids.
    final class Body: NSObject, XMLParserDelegate {
        var paragraphs: [Paragraph] = []
        var tables: [Table] = []
        var embeds: [String] = []
        var svgEmbeds: [String] = []
        var pictures = 0
        var docPrIDs: [String] = []
        private var paragraph: Paragraph?
        private var tableDepth = 0
        private var cell: String?
        private var row: [String]?
        private var header = false
        private var inText = false

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
            switch name {
            case "w:p": paragraph = Paragraph()
            case "w:pStyle": paragraph?.style = attributes["w:val"]
            case "w:tblStyle": if tableDepth > 0 { tables[tables.count - 1].style = attributes["w:val"] }
            case "w:jc": paragraph?.alignment = attributes["w:val"]
            case "w:ilvl": paragraph?.listLevel = Int(attributes["w:val"] ?? "")
            case "w:t": inText = true
            case "w:br": paragraph?.text += "\n"
            case "w:tbl": tableDepth += 1; tables.append(Table())
            case "w:tr": row = []; header = false
            case "w:tblHeader": header = true
            case "w:tc": cell = ""
            case "a:blip": if let id = attributes["r:embed"] { embeds.append(id) }
            case "asvg:svgBlip": if let id = attributes["r:embed"] { svgEmbeds.append(id) }
            case "pic:pic": pictures += 1
            case "wp:docPr": docPrIDs.append(attributes["id"] ?? "")
            default: break
            }
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            switch name {
            case "w:t": inText = false
            case "w:p":
                if let p = paragraph {
                    if tableDepth == 0 { paragraphs.append(p) } else if cell != nil { cell! += (cell!.isEmpty ? "" : "\n") + p.text }
                }
                paragraph = nil
            case "w:tc": row?.append(cell ?? ""); cell = nil
            case "w:tr": tables[tables.count - 1].rows.append((row ?? [], header)); row = nil
            case "w:tbl": tableDepth -= 1
            default: break
            }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            if inText { paragraph?.text += string }
        }
    }

    func body() throws -> Body {
        let body = Body()
        guard let document = parts["word/document.xml"] else { throw CocoaError(.fileNoSuchFile) }
        let parser = XMLParser(data: document)
        parser.delegate = body
        guard parser.parse() else { throw parser.parserError ?? CocoaError(.fileReadCorruptFile) }
        return body
    }

    /// Every XML part parses (XML and relationship parts alike).
    func unparsableParts() -> [String] {
        parts.keys.sorted().filter { $0.hasSuffix(".xml") || $0.hasSuffix(".rels") || $0.hasSuffix(".svg") }.filter { path in
            let parser = XMLParser(data: parts[path]!)
            return !parser.parse()
        }
    }

    /// Attribute values of `element` in the XML part at `path`, in order.
    func attributes(_ element: String, _ attribute: String, in path: String) -> [String] {
        final class Collector: NSObject, XMLParserDelegate {
            let element: String, attribute: String
            var values: [String] = []
            init(_ element: String, _ attribute: String) { (self.element, self.attribute) = (element, attribute) }
            func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
                if name == element, let value = attributes[attribute] { values.append(value) }
            }
        }
        guard let data = parts[path] else { return [] }
        let collector = Collector(element, attribute)
        let parser = XMLParser(data: data)
        parser.delegate = collector
        _ = parser.parse()
        return collector.values
    }
}
