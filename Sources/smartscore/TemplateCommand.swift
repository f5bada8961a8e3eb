import ArgumentParser
import Foundation
import SmartScore

struct TemplateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "template",
        abstract: "Write the Excel workbook a department (OPD) fills in with its indicators' values for one region.",
        discussion: """
        One row per indicator the department owns (indicators/owners.yaml; every indicator, with an owner \
        column, when --owner is not given): code, name, unit, where its definition is, the valid range \
        (enforced by Excel's data validation), the latest earlier value the store holds, and the cells to \
        fill in: value and source. The header and the descriptive cells are protected; a second sheet holds \
        the instructions, in Indonesian unless --lang en. The returned workbook, or its CSV, imports as it \
        is: its header is import's long layout.
        """)

    @OptionGroup var global: GlobalOptions
    @Option(help: "Region code (e.g. 72.71) or name of the regency or city.") var city: String
    @Option(help: "The department's short name in indicators/owners.yaml (e.g. Dinkes, DLH, Dishub); default: every indicator.")
    var owner: String?
    @Option(parsing: .unconditional, help: "The year the values are asked for (default: last year).") var year: Int?
    @Option(help: ArgumentHelp("The workbook to write (.xlsx).", valueName: "path")) var out: String
    @OptionGroup var store: StoreOptions
    @Option(help: "The dataset in the store that earlier values come from (default: default).") var dataset: String?

    func validate() throws {
        try FlagCheck.notBlank(city, "--city")
        try FlagCheck.notTooLong(city, "--city")
        try FlagCheck.notBlank(owner, "--owner")
        try FlagCheck.notTooLong(owner, "--owner")
        try FlagCheck.notBlank(out, "--out")
        try FlagCheck.notBlank(dataset, "--dataset")
        try FlagCheck.notTooLong(dataset, "--dataset")
    }

    func run() throws {
        let workspace = try global.workspace()
        let template = try workspace.collectionTemplate(city: city, owner: owner, year: year, previous: try previousValues())
        try workspace.writeCollectionTemplate(template, to: out, language: global.lang)
        let t = Localizer(global.lang)
        let count = t.numbers.integer(template.rows.count)
        if let owner = template.owner {
            Terminal.printError(t(.templateWrittenOwner, ["owner": owner.id, "city": template.city.name, "code": template.city.code,
                                                          "year": String(template.year), "count": count, "path": out]))
        } else {
            Terminal.printError(t(.templateWritten, ["city": template.city.name, "code": template.city.code,
                                                     "year": String(template.year), "count": count, "path": out]))
        }
        if let source = template.previousSource, template.rowsWithPrevious > 0 {
            Terminal.printError(t(.templatePreviousFrom, ["source": source, "count": t.numbers.integer(template.rowsWithPrevious)]))
        } else {
            Terminal.printError(t(.templatePreviousNone))
        }
    }

    /// The store earlier values come from. A store or dataset the user named must exist; without one, the
    /// default store (`$SMARTSCORE_DB`, else ./smartscore.sqlite) is used when it is there and holds the
    /// dataset, and the template is written without earlier values otherwise.
    func previousValues() throws -> DataSource? {
        let named = store.db != nil || Launch.current.environment["SMARTSCORE_DB"].map { !$0.isEmpty } ?? false
        let path = store.path
        guard named || dataset != nil || FileManager.default.fileExists(atPath: path) else { return nil }
        let opened = try Store(path: path, readOnly: true)
        let name = dataset ?? "default"
        if dataset == nil, !(try opened.datasetNames()).contains(name) { return nil }
        return .store(opened, dataset: name)
    }
}
