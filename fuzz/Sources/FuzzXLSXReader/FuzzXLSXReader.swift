import FuzzSupport
import SmartScore

/// An Excel workbook through `ObservationFileReader.read(workbookPath:)`, as `smartscore import` reads a
/// .xlsx. The first byte picks what the rest is:
///
/// - bit 0 clear: the whole .xlsx file (the zip layer: ZIPFoundation, the size budget, the parts' lookup);
/// - bit 0 set: the XML of the first sheet, put into a fixed workbook (stored, with its CRC-32, so the zip
///   layer lets every mutation through to the XML parser and the cell reader); bit 1 adds shared strings and
///   date styles; bit 6: lenient.
///
/// Seeds in `corpus/FuzzXLSXReader`: the committed Calc and openpyxl workbooks (0x00) and their sheets (0x03).
/// Only `InputError`/`InputErrors` may come out.
nonisolated(unsafe) let reader = ObservationFileReader(catalogue: Fuzz.catalogue, regions: Fuzz.regions)

let workbookXML = Array("""
    <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
    xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>\
    <sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>
    """.utf8)
let relationshipsXML = Array("""
    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
    <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" \
    Target="worksheets/sheet1.xml"/></Relationships>
    """.utf8)
let sharedStringsXML = Array("""
    <sst><si><t>city_code</t></si><si><t>city_name</t></si><si><t>year</t></si><si><t>37120:5.1</t></si>\
    <si><r><t>Kota </t></r><r><t>Palu</t></r></si><si><t>72.71</t></si></sst>
    """.utf8)
let stylesXML = Array("""
    <styleSheet><numFmts><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts>\
    <cellXfs><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/></cellXfs></styleSheet>
    """.utf8)

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard size > 0 else { return 0 }
    let selector = data[0]
    let rest = Array(UnsafeBufferPointer(start: data + 1, count: size - 1))
    var bytes = rest
    if selector & 1 != 0 {
        var parts = [("xl/workbook.xml", workbookXML), ("xl/_rels/workbook.xml.rels", relationshipsXML), ("xl/worksheets/sheet1.xml", rest)]
        if selector & 2 != 0 { parts += [("xl/sharedStrings.xml", sharedStringsXML), ("xl/styles.xml", stylesXML)] }
        bytes = StoredZip.archive(parts)
    }
    let path = bytes.withUnsafeBufferPointer { Fuzz.scratch($0, name: "input.xlsx") }
    Fuzz.expectInputErrors("ObservationFileReader.read(workbookPath:)") {
        _ = try reader.read(workbookPath: path, displayName: "input.xlsx", options: ReadOptions(lenient: selector & 0x40 != 0))
    }
    return 0
}

/// A zip archive of stored (uncompressed) entries: what the fuzzer needs to reach the XML inside.
enum StoredZip {
    static let table: [UInt32] = (0..<256).map { n in
        var c = UInt32(n)
        for _ in 0..<8 { c = c & 1 != 0 ? 0xEDB8_8320 ^ (c >> 1) : c >> 1 }
        return c
    }

    static func crc32(_ bytes: [UInt8]) -> UInt32 {
        var c: UInt32 = 0xFFFF_FFFF
        for b in bytes { c = table[Int((c ^ UInt32(b)) & 0xFF)] ^ (c >> 8) }
        return c ^ 0xFFFF_FFFF
    }

    static func archive(_ parts: [(String, [UInt8])]) -> [UInt8] {
        var out: [UInt8] = [], central: [UInt8] = []
        func le16(_ v: Int, into a: inout [UInt8]) { a += [UInt8(v & 0xFF), UInt8(v >> 8 & 0xFF)] }
        func le32(_ v: UInt32, into a: inout [UInt8]) { for s in stride(from: 0, to: 32, by: 8) { a.append(UInt8(v >> UInt32(s) & 0xFF)) } }
        for (name, content) in parts {
            let offset = UInt32(out.count), crc = crc32(content), nameBytes = Array(name.utf8)
            le32(0x0403_4B50, into: &out); le16(20, into: &out); le16(0, into: &out); le16(0, into: &out)
            le16(0, into: &out); le16(0x21, into: &out)
            le32(crc, into: &out); le32(UInt32(content.count), into: &out); le32(UInt32(content.count), into: &out)
            le16(nameBytes.count, into: &out); le16(0, into: &out)
            out += nameBytes + content
            le32(0x0201_4B50, into: &central); le16(20, into: &central); le16(20, into: &central); le16(0, into: &central)
            le16(0, into: &central); le16(0, into: &central); le16(0x21, into: &central)
            le32(crc, into: &central); le32(UInt32(content.count), into: &central); le32(UInt32(content.count), into: &central)
            le16(nameBytes.count, into: &central); le16(0, into: &central); le16(0, into: &central); le16(0, into: &central)
            le16(0, into: &central); le32(0, into: &central); le32(offset, into: &central)
            central += nameBytes
        }
        let centralOffset = UInt32(out.count)
        out += central
        le32(0x0605_4B50, into: &out); le16(0, into: &out); le16(0, into: &out)
        le16(parts.count, into: &out); le16(parts.count, into: &out)
        le32(UInt32(central.count), into: &out); le32(centralOffset, into: &out); le16(0, into: &out)
        return out
    }
}
