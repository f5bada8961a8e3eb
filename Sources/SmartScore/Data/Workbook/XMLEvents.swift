import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// A streaming (SAX) pass over one XML part: the handler sees each element's start and end and the text
/// between, never a tree, so a sheet of 100,000 rows costs its cells and not a document in memory.
/// Names come without their namespace prefix (`x:c` is `c`): some writers prefix every element.
/// External entities are never resolved, and a part with a DTD never gets here (`WorkbookPart.read`).
final class XMLEvents: NSObject, XMLParserDelegate {
    var onStart: (_ name: String, _ attributes: [String: String]) throws -> Void = { _, _ in }
    var onEnd: (_ name: String) throws -> Void = { _ in }
    var onText: (_ text: String) -> Void = { _ in }
    private var failure: Error?
    /// Elements open now: a document cut short parses without complaint on Linux, and must not read as whole.
    private var depth = 0
    /// Set by `parseErrorOccurred`.
    private var parseError: Error?

    /// Parses `data`; a handler's error stops the parse and is rethrown; malformed XML is `malformed`.
    func parse(_ data: Data, malformed: (_ line: Int, _ reason: String) -> Error) throws {
        let parser = XMLParser(data: data)
        parser.shouldResolveExternalEntities = false
        parser.shouldProcessNamespaces = false
        parser.delegate = self
        let ok = parser.parse()
        if let failure { throw failure }
        if !ok || parseError != nil {
            let reason = (parser.parserError ?? parseError).map { ($0 as NSError).localizedDescription } ?? "?"
            throw malformed(parser.lineNumber, reason)
        }
        if depth != 0 { throw malformed(parser.lineNumber, "the document ends inside an element") }
    }

    static func local(_ name: String) -> String {
        guard let colon = name.lastIndex(of: ":") else { return name }
        return String(name[name.index(after: colon)...])
    }

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        guard failure == nil else { return }
        depth += 1
        var local: [String: String] = [:]
        for (key, value) in attributes { local[Self.local(key)] = value }
        do { try onStart(Self.local(elementName), local) } catch { failure = error; parser.abortParsing() }
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        guard failure == nil else { return }
        depth -= 1
        do { try onEnd(Self.local(elementName)) } catch { failure = error; parser.abortParsing() }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        guard failure == nil else { return }
        onText(string)
    }

    /// Text in a CDATA section (`<t><![CDATA[Kota Palu]]></t>`, which some writers use) is text like any
    /// other; without this the parser hands it nowhere and the cell would read as empty.
    func parser(_ parser: XMLParser, foundCDATA block: Data) {
        guard failure == nil else { return }
        onText(String(decoding: block, as: UTF8.self))
    }

    /// The first error the parser met: on Linux `parse()` may still return true after recovering from it.
    func parser(_ parser: XMLParser, parseErrorOccurred error: Error) {
        if parseError == nil { parseError = error }
    }

    /// Refused, though the parse already never resolves them: a DTD is refused before parsing.
    func parser(_ parser: XMLParser, resolveExternalEntityName name: String, systemID: String?) -> Data? { nil }
}
