import Foundation

/// One cell of a sheet, as the workbook stores it. Nothing is evaluated: a formula's cell is the value the
/// spreadsheet program computed and saved with it.
enum WorkbookCell: Equatable, Sendable {
    case text(String)
    /// A numeric cell: the `<v>` text exactly as stored (`0.1`, `1.5E-3`), always with a decimal point.
    case number(String)
    /// A numeric cell shown through a date format, with its calendar date.
    case date(year: Int, iso: String)
    case boolean(Bool)
    /// An error value the spreadsheet computed (`#DIV/0!`, `#N/A`).
    case error(String)
    /// A formula saved without its computed value (openpyxl and other libraries write these).
    case uncomputedFormula

    /// The cell as text, as a CSV export of the sheet would show it (a date in ISO form).
    var text: String {
        switch self {
        case let .text(s), let .number(s), let .error(s): s
        case let .date(_, iso): iso
        case let .boolean(b): b ? "TRUE" : "FALSE"
        case .uncomputedFormula: ""
        }
    }

    /// What the observation reader needs to know beyond the text.
    var kind: CellKind {
        switch self {
        case .text, .boolean: .text
        case .number: .number
        case let .date(year, _): .date(year: year)
        case .error: .error
        case .uncomputedFormula: .uncomputedFormula
        }
    }
}

/// How a cell of a record was stored, for records that come from a workbook (CSV cells are all text).
public enum CellKind: Equatable, Sendable {
    case text
    /// A number as stored: read as it is, never through decimal-mark detection.
    case number
    case date(year: Int)
    case error
    case uncomputedFormula
}

/// One row of a sheet: its cells by 0-based column, in column order, empty cells left out.
struct WorkbookRow: Sendable {
    var row: Int
    var cells: [(column: Int, cell: WorkbookCell)]
}
