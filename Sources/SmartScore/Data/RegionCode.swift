import Foundation

/// Region codes as people write them. The region list writes `72.71` (province, then regency or city);
/// BPS tables and many spreadsheets write the same code as four digits, `7271`, and hand-typed files
/// as `72 71`. Province codes run from 11 to 97, so a four-digit code never lost a leading zero.
extension RegionRegistry {
    /// `7271`, `72 71`, `72. 71` → `72.71`: the dotted form of a two-plus-two-digit code, or nil when
    /// `written` is not one.
    static func dotted(_ written: String) -> String? {
        let digits = written.unicodeScalars.filter { !CharacterSet.whitespaces.contains($0) }
        let text = String(String.UnicodeScalarView(digits))
        let plain = text.replacingOccurrences(of: ".", with: "")
        guard plain.count == 4, plain.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }),
              text == plain || text == plain.prefix(2) + "." + plain.suffix(2) else { return nil }
        return plain.prefix(2) + "." + plain.suffix(2)
    }

    /// The region list's code for a code as written: `7271` → `72.71` when 72.71 is in the list; any other
    /// code (a village code, a code the list does not hold) as written, so that an unknown code is
    /// reported as the person typed it.
    public func code(forWritten written: String) -> String {
        if self[written] != nil { return written }
        guard let dotted = Self.dotted(written), self[dotted] != nil else { return written }
        return dotted
    }
}
