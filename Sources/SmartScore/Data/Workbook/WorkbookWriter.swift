import CXlsxWriter
import Foundation

/// A failure inside libxlsxwriter: the call that failed and the library's own description of why.
struct WorkbookWriterError: Error, CustomStringConvertible {
    let call: String
    let reason: String
    var description: String { "\(call): \(reason)" }

    init(_ call: String, _ error: lxw_error) {
        self.call = call
        reason = String(cString: lxw_strerror(error))
    }

    init(_ call: String, reason: String) {
        self.call = call
        self.reason = reason
    }
}

/// One .xlsx workbook written with libxlsxwriter (Debian's libxlsxwriter-dev, wrapped as `CXlsxWriter`).
///
/// It owns the C handles: the workbook, and through it every worksheet and format, which libxlsxwriter
/// frees when the workbook is closed, or in `deinit` (`lxw_workbook_free`) when a build fails half-way.
/// Every `lxw_error` is checked and thrown. (libxlsxwriter also prints its own `[WARNING]` line on standard
/// error when it refuses a call; smartscore only makes calls it accepts, so a user never sees one.) The file itself is written only by `close()`: libxlsxwriter
/// keeps the sheets in memory (or its own temporary files) until then, so nothing appears at `path`
/// before the whole workbook is known. Use `write(to:parameter:_:)`, which also writes beside the final
/// file and renames it into place, so a reader never sees half a workbook.
final class WorkbookWriter {
    /// How a cell looks, and whether it stays locked when its sheet is protected.
    struct Style: Hashable {
        var bold = false
        var wrap = false
        /// Unlocked cells are the ones a person may edit once the sheet is protected.
        var locked = true
        /// Background colour, 0xRRGGBB.
        var fill: UInt32?
        var italic = false
        var fontSize: Double?
        var verticalTop = false
    }

    private var workbook: UnsafeMutablePointer<lxw_workbook>?
    private var formats: [Style: UnsafeMutablePointer<lxw_format>] = [:]
    let path: String

    init(path: String) throws {
        self.path = path
        guard let workbook = workbook_new(path) else {
            throw WorkbookWriterError("workbook_new", reason: "libxlsxwriter could not allocate a workbook")
        }
        self.workbook = workbook
    }

    deinit {
        // A workbook never closed (a build that threw) is freed without writing anything.
        if let workbook { lxw_workbook_free(workbook) }
    }

    /// Adds a worksheet; names follow Excel's rules (at most 31 characters, none of `[]:*?/\`).
    func addSheet(_ name: String) throws -> Sheet {
        guard let workbook else { throw WorkbookWriterError("workbook_add_worksheet", reason: "the workbook is already closed") }
        guard let sheet = workbook_add_worksheet(workbook, name) else {
            throw WorkbookWriterError("workbook_add_worksheet", reason: "the sheet name '\(name)' is refused (too long, a duplicate, or holding []:*?/\\)")
        }
        return Sheet(pointer: sheet, writer: self)
    }

    /// The format of `style`, made once per workbook (Excel keeps a table of distinct formats).
    func format(_ style: Style) throws -> UnsafeMutablePointer<lxw_format> {
        if let made = formats[style] { return made }
        guard let workbook, let format = workbook_add_format(workbook) else {
            throw WorkbookWriterError("workbook_add_format", reason: "the workbook is closed or out of memory")
        }
        if style.bold { format_set_bold(format) }
        if style.italic { format_set_italic(format) }
        if style.wrap { format_set_text_wrap(format) }
        if !style.locked { format_set_unlocked(format) }
        if let fill = style.fill {
            format_set_pattern(format, UInt8(LXW_PATTERN_SOLID.rawValue))
            format_set_bg_color(format, fill)
        }
        if let size = style.fontSize { format_set_font_size(format, size) }
        if style.verticalTop { format_set_align(format, UInt8(LXW_ALIGN_VERTICAL_TOP.rawValue)) }
        formats[style] = format
        return format
    }

    /// Writes the file and frees the workbook (libxlsxwriter frees it even when writing fails).
    func close() throws {
        guard let workbook else { return }
        self.workbook = nil
        let error = workbook_close(workbook)
        guard error == LXW_NO_ERROR else { throw WorkbookWriterError("workbook_close", error) }
    }

    /// Builds a workbook with `build` and puts it at `path` whole or not at all: it is written beside the
    /// final file and renamed onto it (`OutputFile`), or, for a device or pipe (`/dev/stdout`), written to
    /// a private temporary file and copied. Any failure leaves `path` as it was and is an `InputError`
    /// at the file and `parameter`.
    static func write(to path: String, parameter: Parameter = .out, _ build: (WorkbookWriter) throws -> Void) throws {
        let target = try OutputFile.target(path, parameter: parameter)
        let temporary: URL
        switch target {
        case let .atomic(partial, _): temporary = partial
        case .direct: temporary = FileManager.default.temporaryDirectory.appendingPathComponent("smartscore-\(getpid())-\(UUID().uuidString).xlsx")
        }
        defer { try? FileManager.default.removeItem(at: temporary) }
        do {
            let writer = try WorkbookWriter(path: temporary.path)
            try build(writer)
            try writer.close()
        } catch let error as WorkbookWriterError {
            throw InputError(.workbookNotWritten, ["reason": error.description], at: SourceLocation(file: path, parameter: parameter))
        }
        switch target {
        case let .atomic(partial, final):
            try OutputFile.commit(temporary: partial, final: final, path: path, parameter: parameter)
        case .direct:
            guard let data = FileManager.default.contents(atPath: temporary.path) else {
                throw InputError(.workbookNotWritten, ["reason": "the temporary workbook could not be read back"], at: SourceLocation(file: path, parameter: parameter))
            }
            try OutputFile.write(data, to: path, parameter: parameter)
        }
    }

    /// One worksheet of the workbook; its handle lives as long as the workbook.
    struct Sheet {
        let pointer: UnsafeMutablePointer<lxw_worksheet>
        unowned let writer: WorkbookWriter

        private func check(_ call: String, _ error: lxw_error) throws {
            guard error == LXW_NO_ERROR else { throw WorkbookWriterError(call, error) }
        }

        /// Text, written as text whatever it looks like: a region code `72.10` must not become the number 72.1.
        func write(_ text: String, row: Int, column: Int, style: Style = Style()) throws {
            let format = try writer.format(style)
            try check("worksheet_write_string", worksheet_write_string(pointer, lxw_row_t(row), lxw_col_t(column), text, format))
        }

        func write(_ number: Double, row: Int, column: Int, style: Style = Style()) throws {
            let format = try writer.format(style)
            try check("worksheet_write_number", worksheet_write_number(pointer, lxw_row_t(row), lxw_col_t(column), number, format))
        }

        /// An empty cell that still carries its style (an unlocked cell to fill in).
        func blank(row: Int, column: Int, style: Style) throws {
            let format = try writer.format(style)
            try check("worksheet_write_blank", worksheet_write_blank(pointer, lxw_row_t(row), lxw_col_t(column), format))
        }

        /// The width of columns `first...last`, in characters of the default font.
        func setColumns(_ first: Int, _ last: Int, width: Double) throws {
            try check("worksheet_set_column", worksheet_set_column(pointer, lxw_col_t(first), lxw_col_t(last), width, nil))
        }

        /// A note on a cell (shown on hover).
        func comment(_ text: String, row: Int, column: Int, width: Int = 320, height: Int = 120) throws {
            var options = lxw_comment_options()
            options.width = UInt16(width)
            options.height = UInt16(height)
            try check("worksheet_write_comment_opt", worksheet_write_comment_opt(pointer, lxw_row_t(row), lxw_col_t(column), text, &options))
        }

        /// Keeps the first `rows` rows and `columns` columns in view when scrolling.
        func freeze(rows: Int, columns: Int) {
            worksheet_freeze_panes(pointer, lxw_row_t(rows), lxw_col_t(columns))
        }

        /// Protects the sheet without a password: locked cells cannot be edited, unlocked ones can.
        /// Columns and rows may still be resized (a long name needs a wider column), and sorted or filtered
        /// nowhere, so each row keeps its code.
        func protect() {
            var options = lxw_protection()
            options.format_columns = 1
            options.format_rows = 1
            worksheet_protect(pointer, nil, &options)
        }

        /// The sheet shown when the workbook is opened.
        func activate() { worksheet_activate(pointer) }

        /// Excel's data validation on `rows` of `column`: a decimal number within `min...max` (either bound
        /// may be missing), with a message shown on entering the cell and one shown when a value is refused.
        /// Excel caps titles at 32 characters and messages at 255; longer texts are cut with "…".
        func validateDecimal(rows: ClosedRange<Int>, column: Int, min: Double?, max: Double?,
                             inputTitle: String, inputMessage: String, errorTitle: String, errorMessage: String) throws {
            var rule = lxw_data_validation()
            rule.validate = UInt8(LXW_VALIDATION_TYPE_DECIMAL.rawValue)
            switch (min, max) {
            case let (lo?, hi?):
                rule.criteria = UInt8(LXW_VALIDATION_CRITERIA_BETWEEN.rawValue)
                rule.minimum_number = lo
                rule.maximum_number = hi
            case let (lo?, nil):
                rule.criteria = UInt8(LXW_VALIDATION_CRITERIA_GREATER_THAN_OR_EQUAL_TO.rawValue)
                rule.value_number = lo
            case let (nil, hi?):
                rule.criteria = UInt8(LXW_VALIDATION_CRITERIA_LESS_THAN_OR_EQUAL_TO.rawValue)
                rule.value_number = hi
            case (nil, nil):
                // Any number: Excel has no "is a number" criterion, so a range wider than any value stands for
                // it (not ±Double.greatestFiniteMagnitude, which written to 16 digits rounds past a double).
                rule.criteria = UInt8(LXW_VALIDATION_CRITERIA_BETWEEN.rawValue)
                rule.minimum_number = -1e300
                rule.maximum_number = 1e300
            }
            rule.ignore_blank = UInt8(LXW_VALIDATION_ON.rawValue)
            rule.show_input = UInt8(LXW_VALIDATION_ON.rawValue)
            rule.show_error = UInt8(LXW_VALIDATION_ON.rawValue)
            rule.error_type = UInt8(LXW_VALIDATION_ERROR_TYPE_STOP.rawValue)
            // libxlsxwriter copies the four texts before returning, so pointers valid for the call suffice.
            let error = Self.cut(inputTitle, 32).withCString { inputTitle in
                Self.cut(inputMessage, 255).withCString { inputMessage in
                    Self.cut(errorTitle, 32).withCString { errorTitle in
                        Self.cut(errorMessage, 255).withCString { errorMessage in
                            rule.input_title = UnsafeMutablePointer(mutating: inputTitle)
                            rule.input_message = UnsafeMutablePointer(mutating: inputMessage)
                            rule.error_title = UnsafeMutablePointer(mutating: errorTitle)
                            rule.error_message = UnsafeMutablePointer(mutating: errorMessage)
                            return worksheet_data_validation_range(pointer, lxw_row_t(rows.lowerBound), lxw_col_t(column),
                                                                   lxw_row_t(rows.upperBound), lxw_col_t(column), &rule)
                        }
                    }
                }
            }
            try check("worksheet_data_validation_range", error)
        }

        /// `text` cut to `limit` code points (libxlsxwriter counts UTF-8 characters), ending in "…" when cut.
        static func cut(_ text: String, _ limit: Int) -> String {
            let scalars = text.unicodeScalars
            guard scalars.count > limit else { return text }
            var kept = String.UnicodeScalarView(scalars.prefix(limit - 1))
            kept.append("…")
            return String(kept)
        }
    }
}
