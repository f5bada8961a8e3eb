import Foundation

extension Workspace {
    /// The collection template of one region for one department (`owner`, a short name of
    /// `indicators/owners.yaml`), or of every indicator when `owner` is nil: one row per indicator in
    /// catalogue order, with the latest earlier value `previous` holds for the region.
    ///
    /// `year` defaults to the year before `today`'s: departments report on the year just ended.
    /// The region is found in the region list as `evaluate --city` finds it (code, or unambiguous name).
    public func collectionTemplate(city: String, owner: String?, year: Int?, previous: DataSource?,
                                   today: Date = Date()) throws -> CollectionTemplate {
        let regions = try requireRegions().regions
        let region = regions[try CityLookup.find(city, in: regions, parameter: .city)]
        let owners = catalogue.owners
        var chosen: IndicatorOwners.Owner?
        if let owner {
            guard let found = owners.owner(named: owner) else {
                throw InputError(.templateUnknownOwner, ["owner": owner], at: SourceLocation(parameter: .owner),
                                 hint: owners.owners.isEmpty ? .templateNoOwnersHint : .templateOwnersAreHint,
                                 hintArguments: ["owners": owners.owners.map(\.id).joined(separator: ", ")])
            }
            chosen = found
        }
        let year = year ?? Calendar(identifier: .gregorian).component(.year, from: today) - 1
        guard ObservationYears.admitted.contains(year) else {
            throw InputError(.templateYearOutOfRange, ["year": String(year), "range": ObservationYears.admittedText],
                             at: SourceLocation(parameter: .year))
        }

        let earlier = try previous.map { try latestValues(of: region.code, before: year, in: $0) } ?? [:]
        let indicators = catalogue.indicators.filter { chosen == nil || owners.owner(of: $0.code)?.id == chosen?.id }
        let rows = indicators.map { indicator in
            CollectionTemplate.Row(indicator: indicator, owner: owners.owner(of: indicator.code), previous: earlier[indicator.code])
        }
        let source: String? = switch previous {
        case let .store(store, dataset)?: "\(store.path), dataset \(dataset)"
        case let .file(path, _)?: path
        case nil: nil
        }
        return CollectionTemplate(city: region, year: year, owner: chosen, rows: rows, previousSource: source)
    }

    /// Writes `template` as an .xlsx workbook at `path` (whole or not at all), in `language`.
    public func writeCollectionTemplate(_ template: CollectionTemplate, to path: String, language: Language) throws {
        guard path.lowercased().hasSuffix(".xlsx") else {
            throw InputError(.templateOutNotXlsx, ["path": path], at: SourceLocation(parameter: .out), hint: .templateOutNotXlsxHint)
        }
        try CollectionWorkbook.write(template, to: path, language: language)
    }

    /// The latest value before `year` of each indicator for one region: what the department reported last.
    func latestValues(of code: String, before year: Int, in source: DataSource) throws -> [String: (year: Int, value: Double)] {
        let batch = try load(source).batch
        var latest: [String: (year: Int, value: Double)] = [:]
        for row in 0..<batch.count where batch.city(atRow: row).code == code {
            let observed = Int(batch.years[row])
            guard observed < year else { continue }
            let indicator = batch.indicator(atRow: row)
            if let kept = latest[indicator], kept.year >= observed { continue }
            latest[indicator] = (observed, batch.values[row])
        }
        return latest
    }
}
