import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// The report's XHTML as a small tree: the DOCX converter walks it, so the document carries exactly what
/// the HTML page carries, whatever sections the page has. Built on `XMLEvents` (no DTD, no external
/// entities); names lose their namespace prefix, as everywhere else the library reads XML.
indirect enum XHTMLNode: Equatable {
    case element(name: String, attributes: [String: String], children: [XHTMLNode])
    case text(String)

    var name: String? {
        if case let .element(name, _, _) = self { return name }
        return nil
    }

    var attributes: [String: String] {
        if case let .element(_, attributes, _) = self { return attributes }
        return [:]
    }

    var children: [XHTMLNode] {
        if case let .element(_, _, children) = self { return children }
        return []
    }

    /// The words of `class="a b"`.
    var classes: Set<String> {
        Set((attributes["class"] ?? "").split(separator: " ").map(String.init))
    }

    /// All the text under the node, as written.
    var text: String {
        switch self {
        case let .text(text): return text
        case let .element(_, _, children): return children.map(\.text).joined()
        }
    }

    /// Every element named `name` under (and including) the node, in document order.
    func all(_ name: String) -> [XHTMLNode] {
        guard case let .element(own, _, children) = self else { return [] }
        return (own == name ? [self] : []) + children.flatMap { $0.all(name) }
    }

    /// Parses a whole XHTML document (the report pages are well-formed XML: `HTMLPage`).
    static func parse(_ xhtml: String) throws -> XHTMLNode {
        var stack: [(name: String, attributes: [String: String], children: [XHTMLNode])] = [("#document", [:], [])]
        let events = XMLEvents()
        events.onStart = { name, attributes in stack.append((name, attributes, [])) }
        events.onEnd = { _ in
            let done = stack.removeLast()
            stack[stack.count - 1].children.append(.element(name: done.name, attributes: done.attributes, children: done.children))
        }
        events.onText = { text in
            // Adjacent text events (the parser splits at entities) become one text node.
            if case let .text(before)? = stack[stack.count - 1].children.last {
                stack[stack.count - 1].children[stack[stack.count - 1].children.count - 1] = .text(before + text)
            } else {
                stack[stack.count - 1].children.append(.text(text))
            }
        }
        try events.parse(Data(xhtml.utf8)) { line, reason in
            InputError(.docxReportNotXML, ["line": String(line), "reason": reason])
        }
        guard let root = stack.first?.children.first(where: { $0.name != nil }) else {
            throw InputError(.docxReportNotXML, ["line": "1", "reason": "no root element"])
        }
        return root
    }

    /// The node written back as XML (used for an SVG handed to the rasteriser): every text and attribute
    /// escaped, attributes in a fixed order so that the same chart is the same bytes.
    var xml: String {
        switch self {
        case let .text(text): return SVG.escape(text)
        case let .element(name, attributes, children):
            var out = "<" + name
            var attributes = attributes
            // The namespace declaration was read as a plain attribute; an SVG root needs it back.
            if name == "svg" { attributes["xmlns"] = "http://www.w3.org/2000/svg" }
            for key in attributes.keys.sorted() { out += " \(key)=\"\(SVG.escape(attributes[key] ?? ""))\"" }
            if children.isEmpty { return out + "/>" }
            return out + ">" + children.map(\.xml).joined() + "</\(name)>"
        }
    }
}
