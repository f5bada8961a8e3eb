import Foundation

/// Writes a collection template as the .xlsx workbook a department fills in.
///
/// Sheet 1 (`Isian`) is the data: row 1 holds the machine header `import` reads as its long layout, each
/// header cell carrying a note that says what the column is in the reader's language; then one row per
/// indicator. It is first because `import` reads a workbook's first sheet. Sheet 2 (`Petunjuk`) holds the
/// instructions and is the sheet shown on opening. The data sheet is protected without a password: only
/// the value and source cells of the indicator rows are unlocked, and the value cells carry Excel data
/// validation (a decimal within the indicator's valid range, the same range `import` enforces), so a
/// typing slip is stopped where it is made rather than weeks later at import.
public enum CollectionWorkbook {
    /// Column widths in characters, chosen so the Indonesian names and definitions read without widening.
    static func width(_ column: CollectionTemplateColumn) -> Double {
        switch column {
        case .cityCode: return 10
        case .cityName: return 18
        case .year: return 7
        case .indicator: return 12
        case .indicatorName: return 50
        case .unit: return 22
        case .definition: return 45
        case .min, .max: return 9
        case .previousYear: return 9
        case .previousValue: return 13
        case .owner: return 14
        case .value: return 14
        case .source: return 40
        }
    }

    static let headerFill: UInt32 = 0xD9D9D9
    /// The cells to fill in: yellow, as Indonesian government forms mark their isian.
    static let fillInFill: UInt32 = 0xFFF2CC

    public static func write(_ template: CollectionTemplate, to path: String, language: Language) throws {
        let t = Localizer(language)
        try WorkbookWriter.write(to: path) { workbook in
            let data = try workbook.addSheet(t(.templateSheetData))
            let guide = try workbook.addSheet(t(.templateSheetGuide))
            try writeData(template, on: data, t: t)
            try writeGuide(template, on: guide, t: t)
            guide.activate()
        }
    }

    static func description(of column: CollectionTemplateColumn) -> TextKey {
        switch column {
        case .cityCode: return .templateColumnCityCode
        case .cityName: return .templateColumnCityName
        case .year: return .templateColumnYear
        case .indicator: return .templateColumnIndicator
        case .indicatorName: return .templateColumnIndicatorName
        case .unit: return .templateColumnUnit
        case .definition: return .templateColumnDefinition
        case .min: return .templateColumnMin
        case .max: return .templateColumnMax
        case .previousYear: return .templateColumnPreviousYear
        case .previousValue: return .templateColumnPreviousValue
        case .owner: return .templateColumnOwner
        case .value: return .templateColumnValue
        case .source: return .templateColumnSource
        }
    }

    /// Where an indicator's definition is to be read: its clause of the standard, or a local indicator's source.
    static func definition(of indicator: Indicator, t: Localizer) -> String {
        if indicator.standard == "local" {
            return t(.templateDefinitionLocal, ["source": indicator.source.flatMap(CellText.oneLine) ?? "—"])
        }
        return t(.templateDefinitionStandard, ["standard": indicator.standard, "clause": indicator.clause, "title": indicator.name.en])
    }

    /// "between 0 and 100", "at least 0", … in the reader's numbers.
    static func bounds(_ range: (min: Double?, max: Double?), t: Localizer) -> String {
        switch (range.min, range.max) {
        case let (lo?, hi?): return t(.templateBoundsBetween, ["min": t.numbers.value(lo), "max": t.numbers.value(hi)])
        case let (lo?, nil): return t(.templateBoundsAtLeast, ["min": t.numbers.value(lo)])
        case let (nil, hi?): return t(.templateBoundsAtMost, ["max": t.numbers.value(hi)])
        case (nil, nil): return t(.templateBoundsAny)
        }
    }

    static func writeData(_ template: CollectionTemplate, on sheet: WorkbookWriter.Sheet, t: Localizer) throws {
        let columns = CollectionTemplateColumn.columns(withOwner: template.owner == nil)
        let header = WorkbookWriter.Style(bold: true, fill: headerFill)
        let locked = WorkbookWriter.Style()
        let fillIn = WorkbookWriter.Style(locked: false, fill: fillInFill)
        for (j, column) in columns.enumerated() {
            try sheet.setColumns(j, j, width: width(column))
            try sheet.write(column.rawValue, row: 0, column: j, style: header)
            try sheet.comment(t(description(of: column)), row: 0, column: j)
        }
        for (k, row) in template.rows.enumerated() {
            let r = k + 1
            let indicator = row.indicator
            let unit = t.unit(indicator.unit)
            for (j, column) in columns.enumerated() {
                switch column {
                case .cityCode: try sheet.write(template.city.code, row: r, column: j, style: locked)
                case .cityName: try sheet.write(template.city.name, row: r, column: j, style: locked)
                case .year: try sheet.write(Double(template.year), row: r, column: j, style: locked)
                case .indicator: try sheet.write(indicator.code, row: r, column: j, style: locked)
                case .indicatorName: try sheet.write(indicator.name[t.language], row: r, column: j, style: locked)
                case .unit: try sheet.write(unit, row: r, column: j, style: locked)
                case .definition: try sheet.write(definition(of: indicator, t: t), row: r, column: j, style: locked)
                case .min: if let lo = indicator.validRange.min { try sheet.write(lo, row: r, column: j, style: locked) }
                case .max: if let hi = indicator.validRange.max { try sheet.write(hi, row: r, column: j, style: locked) }
                case .previousYear: if let previous = row.previous { try sheet.write(Double(previous.year), row: r, column: j, style: locked) }
                case .previousValue: if let previous = row.previous { try sheet.write(previous.value, row: r, column: j, style: locked) }
                case .owner: if let owner = row.owner { try sheet.write(owner.id, row: r, column: j, style: locked) }
                case .value:
                    try sheet.blank(row: r, column: j, style: fillIn)
                    let range = indicator.validRange
                    let bounds = bounds(range, t: t)
                    try sheet.validateDecimal(
                        rows: r...r, column: j, min: range.min, max: range.max,
                        inputTitle: t(.templateInputTitle, ["year": String(template.year)]),
                        inputMessage: t(.templateInputMessage, ["unit": unit, "bounds": bounds]),
                        errorTitle: t(.templateErrorTitle),
                        errorMessage: t(.templateErrorMessage, ["unit": unit, "bounds": bounds]))
                case .source: try sheet.blank(row: r, column: j, style: fillIn)
                }
            }
        }
        // The header and the columns up to the indicator's name stay in view while scrolling.
        sheet.freeze(rows: 1, columns: (columns.firstIndex(of: .indicatorName) ?? 0) + 1)
        sheet.protect()
    }

    static func writeGuide(_ template: CollectionTemplate, on sheet: WorkbookWriter.Sheet, t: Localizer) throws {
        try sheet.setColumns(0, 0, width: 110)
        let title = WorkbookWriter.Style(bold: true, fontSize: 14)
        let heading = WorkbookWriter.Style(bold: true)
        let text = WorkbookWriter.Style(wrap: true, verticalTop: true)
        var r = 0
        func line(_ s: String, _ style: WorkbookWriter.Style) throws {
            try sheet.write(s, row: r, column: 0, style: style)
            r += 1
        }
        let count = t.numbers.integer(template.rows.count)
        try line(t(.templateGuideTitle), title)
        try line(t(.templateGuideRegion, ["name": template.city.name, "code": template.city.code, "province": template.city.province ?? "—"]), text)
        try line(t(.templateGuideYear, ["year": String(template.year)]), text)
        if let owner = template.owner {
            try line(t(.templateGuideOwner, ["name": owner.name, "owner": owner.id, "count": count]), text)
        } else {
            try line(t(.templateGuideAllOwners, ["count": count]), text)
        }
        r += 1
        try line(t(.templateGuideHowTitle), heading)
        let sheetName = t(.templateSheetData)
        try line(t(.templateGuideStepOpen, ["sheet": sheetName, "year": String(template.year)]), text)
        for step: TextKey in [.templateGuideStepValue, .templateGuideStepNumbers, .templateGuideStepRange, .templateGuideStepSource,
                              .templateGuideStepNoData, .templateGuideStepPrevious, .templateGuideStepKeepLayout, .templateGuideStepReturn] {
            try line(t(step), text)
        }
        r += 1
        try line(t(.templateGuideColumnsTitle, ["sheet": sheetName]), heading)
        for column in CollectionTemplateColumn.columns(withOwner: template.owner == nil) {
            try line("\(column.rawValue): \(t(description(of: column)))", text)
        }
    }
}
