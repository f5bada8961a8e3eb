import Foundation
import Crypto
import ZIPFoundation

/// An Excel workbook (.xlsx, Office Open XML) opened for reading: its sheet names, shared strings and
/// date styles, read once; a sheet's rows are then streamed by `rows(ofSheet:)`. Written for what real
/// programs save (Excel, LibreOffice Calc, openpyxl): sheets found through the workbook's relationships
/// (absolute or relative targets), shared and inline strings, rich text, cached formula results,
/// booleans, error values, dates by their style. Formulas are never evaluated.
final class Workbook {
    /// The name errors give the file.
    let file: String
    /// The sheets in workbook order: the name the tab shows and the zip path of its XML.
    let sheets: [(name: String, part: String)]
    /// SHA-256 of the file's bytes: what the import log records.
    let sha256: String
    let sharedStrings: [String]
    /// Per cell style (`s="3"` is index 3): whether it shows its number as a date.
    let numberStyles: [NumberStyle]
    /// Dates count from 1904 (`<workbookPr date1904="1"/>`, old Mac workbooks).
    let date1904: Bool
    let limits: WorkbookLimits
    private let archive: WorkbookArchive
    /// Unpacked bytes still allowed, shared by every part read.
    private var budget: PartBudget

    struct PartBudget {
        var remaining: Int
        /// What the error says: the whole allowance.
        let limit: Int
    }

    /// `PK\x03\x04`, the start of every zip archive, so of every .xlsx (whatever its name says).
    static let zipMagic: [UInt8] = [0x50, 0x4B, 0x03, 0x04]

    /// `D0 CF 11 E0`, the start of an OLE compound file: Excel 97–2003's .xls, which is not read.
    static let legacyMagic: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0]

    /// Whether the file at `path` starts like a zip archive (read: four bytes; nothing for what is not a regular file).
    static func looksLikeZip(path: String) -> Bool { head(path) == zipMagic }

    /// Whether the file at `path` is an Excel 97–2003 workbook (.xls), which would read as garbled text.
    static func looksLikeLegacyExcel(path: String) -> Bool { head(path) == legacyMagic }

    private static func head(_ path: String) -> [UInt8] {
        var info = stat()
        guard stat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG, let handle = FileHandle(forReadingAtPath: path) else { return [] }
        defer { try? handle.close() }
        return Array((try? handle.read(upToCount: 4)) ?? Data())
    }

    /// Opens the workbook at `path` (a regular file; `displayName` in messages).
    convenience init(path: String, displayName: String, limits: WorkbookLimits = WorkbookLimits()) throws {
        let location = SourceLocation(file: displayName)
        guard case let .handle(handle) = try InputFile.open(path: path, displayName: displayName) else {
            throw InputError(.workbookNotFromStandardInput, at: location)
        }
        let bytes: Data
        do { bytes = try handle.read(upToCount: limits.fileBytes + 1) ?? Data() } catch { throw InputFile.cannotRead(location) }
        guard bytes.count <= limits.fileBytes else {
            throw InputError(.workbookFileTooLarge, ["limit": "\(limits.fileBytes >> 20) MiB"], at: location)
        }
        try self.init(bytes: bytes, archive: URL(fileURLWithPath: path), displayName: displayName, limits: limits)
    }

    /// Opens a workbook held in memory (the tests' way in): through a temporary file, like any other.
    convenience init(bytes: Data, displayName: String, limits: WorkbookLimits = WorkbookLimits()) throws {
        let temporary = FileManager.default.temporaryDirectory.appendingPathComponent("smartscore-workbook-\(UUID().uuidString).xlsx")
        try bytes.write(to: temporary)
        // The archive keeps the file open: the name can go at once.
        defer { try? FileManager.default.removeItem(at: temporary) }
        try self.init(bytes: bytes, archive: temporary, displayName: displayName, limits: limits)
    }

    /// `bytes` are the file's (checked, hashed); the archive reads the same file at `url`. ZIPFoundation's
    /// in-memory archives are not used: their reader traps on an offset past the end, which a damaged zip
    /// gives (found by fuzz/FuzzXLSXReader); a file read past its end just reads nothing.
    private init(bytes: Data, archive url: URL, displayName: String, limits: WorkbookLimits) throws {
        file = displayName
        self.limits = limits
        budget = PartBudget(remaining: limits.unpackedBytes, limit: limits.unpackedBytes)
        let location = SourceLocation(file: displayName)
        guard bytes.starts(with: Self.zipMagic) else {
            throw InputError(.workbookNotZip, at: location, hint: .workbookNotZipHint)
        }
        sha256 = SHA256.hash(data: bytes).map { String(format: "%02x", $0) }.joined()
        do {
            archive = WorkbookArchive(directory: try Archive(url: url, accessMode: .read), bytes: bytes)
        } catch {
            throw InputError(.workbookDamaged, ["reason": String(describing: error)], at: location, hint: .workbookNotZipHint)
        }
        // Parts read below need the archive and the budget: fill the rest through locals first.
        let parts = try Self.readStructure(archive: archive, file: displayName, budget: &budget)
        sheets = parts.sheets
        sharedStrings = parts.sharedStrings
        numberStyles = parts.numberStyles
        date1904 = parts.date1904
    }

    /// The sheet named `name` (exactly, else ignoring case), or the first; an unknown name is an error at
    /// `--sheet` that lists the sheets there are.
    func sheet(named name: String?) throws -> (name: String, part: String) {
        guard let first = sheets.first else {
            throw InputError(.workbookNoSheets, at: SourceLocation(file: file))
        }
        guard let name else { return first }
        if let exact = sheets.first(where: { $0.name == name }) { return exact }
        if let folded = sheets.first(where: { $0.name.lowercased() == name.lowercased() }) { return folded }
        throw InputError(.workbookSheetUnknown, ["sheet": name, "file": file, "sheets": sheets.map { "'\($0.name)'" }.joined(separator: ", ")],
                         at: SourceLocation(parameter: .sheet))
    }

    /// Reads one part whole (every part counts against the shared budget); nil when the archive has none.
    static func readPart(_ path: String, archive: WorkbookArchive, file: String, budget: inout PartBudget) throws -> Data? {
        guard let entry = archive[path] else { return nil }
        let location = SourceLocation(file: file)
        let tooLarge = InputError(.workbookTooLarge, ["limit": "\(budget.limit >> 20) MiB", "part": path],
                                  at: location, hint: .workbookTooLargeHint)
        // What the archive claims is checked first; what it really unpacks to is counted as it comes.
        guard entry.uncompressedSize <= UInt64(max(0, budget.remaining)) else { throw tooLarge }
        var data = Data()
        var remaining = budget.remaining
        struct OverBudget: Error {}
        do {
            try archive.extract(entry) { chunk in
                remaining -= chunk.count
                if remaining < 0 { throw OverBudget() }
                data.append(chunk)
            }
        } catch is OverBudget {
            throw tooLarge
        } catch {
            throw InputError(.workbookDamaged, ["reason": "\(path): \(error)"], at: location, hint: .workbookNotZipHint)
        }
        budget.remaining = remaining
        // A workbook part never declares a DTD; one that does may define entities that expand without end
        // or name files on this machine. Refused before any parser sees it.
        if data.range(of: Data("<!DOCTYPE".utf8)) != nil || data.range(of: Data("<!ENTITY".utf8)) != nil {
            throw InputError(.workbookDoctype, ["part": path], at: location)
        }
        // Spreadsheet programs write their parts in UTF-8; Foundation's parser on Linux traps on some bytes
        // that are not (found by fuzz/FuzzXLSXReader), so they are refused before it sees them.
        if !isUTF8(data) { throw InputError(.workbookNotUTF8, ["part": path], at: location, hint: .workbookNotZipHint) }
        return data
    }

    static func isUTF8(_ data: Data) -> Bool {
        var bytes = data.makeIterator()
        var parser = Unicode.UTF8.ForwardParser()
        while true {
            switch parser.parseScalar(from: &bytes) {
            case .valid: continue
            case .emptyInput: return true
            case .error: return false
            }
        }
    }

    func readPart(_ path: String) throws -> Data? {
        try Self.readPart(path, archive: archive, file: file, budget: &budget)
    }

    static func malformed(_ part: String, file: String) -> (Int, String) -> Error {
        { line, reason in InputError(.workbookMalformedXML, ["part": part, "line": String(line), "reason": reason], at: SourceLocation(file: file)) }
    }
}
