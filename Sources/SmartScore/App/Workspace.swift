import Foundation

/// Where a workspace's files are. The caller decides every path: the library reads no environment
/// variable, no argv[0] and no working directory (the CLI resolves them at its entry point).
public struct WorkspacePaths: Sendable, Equatable {
    /// The catalogue folder (`framework.yaml`, one file per standard, `programmes.yaml`).
    public var indicators: String
    /// The bundled data folder (`regions/regions.csv`, the BPS table, the demo cohort), when there is one.
    public var datasets: String?
    /// The user's own indicator files, added to or overriding the catalogue, in order.
    public var userCatalogues: [String]
    /// A programme catalogue to use instead of `indicators/programmes.yaml`.
    public var programmes: String?
    /// Where the compiled catalogues are kept (`CompiledCatalogue`); nil parses the YAML every time.
    public var compiledCatalogue: CompiledCatalogue?

    public init(indicators: String, datasets: String? = nil, userCatalogues: [String] = [], programmes: String? = nil,
                compiledCatalogue: CompiledCatalogue? = nil) {
        self.indicators = indicators
        self.datasets = datasets
        self.userCatalogues = userCatalogues
        self.programmes = programmes
        self.compiledCatalogue = compiledCatalogue
    }

    /// The programme catalogue's file: the user's, else the bundled one.
    var programmeFile: String { programmes ?? (indicators as NSString).appendingPathComponent("programmes.yaml") }

    /// Every file the two catalogues are read from, for the compiled catalogue's key.
    var catalogueSources: [String] {
        let bundled = ["framework.yaml"] + Catalogue.indicatorFiles + [IndicatorOwnersLoader.fileName]
        return bundled.map { (indicators as NSString).appendingPathComponent($0) } + userCatalogues + [programmeFile]
    }
}

/// What every use case starts from, loaded once: the indicator catalogue, the programme catalogue and
/// the region registry. A value: share it between threads and requests freely.
public struct Workspace: Sendable {
    public let paths: WorkspacePaths
    public let catalogue: Catalogue
    /// The region list, when the paths name a datasets folder.
    public let regions: RegionRegistry?
    /// The programme catalogue, read once; a broken programme file fails only the use cases that need it.
    let programmeCatalogue: Result<ProgrammeCatalogue, InputErrors>

    /// Loads the catalogues. Also pins OpenBLAS to one thread for the process (`BLASThreads`): every
    /// analysis's parallelism is the library's own, so results are the same bytes for any thread count.
    public init(paths: WorkspacePaths) throws {
        BLASThreads.pinToOneThread()
        self.paths = paths
        (catalogue, programmeCatalogue) = try Self.loadCatalogues(paths)
        regions = try paths.datasets.map { try RegionRegistry.bundled(in: $0) }
    }

    /// The two catalogues: compiled when the cache has them for exactly these files, else parsed (and
    /// then kept compiled, when both loaded).
    private static func loadCatalogues(_ paths: WorkspacePaths) throws -> (Catalogue, Result<ProgrammeCatalogue, InputErrors>) {
        let key = paths.compiledCatalogue.flatMap { $0.key(files: paths.catalogueSources) }
        if let key, let compiled = paths.compiledCatalogue?.load(key: key) {
            return (compiled.catalogue, .success(compiled.programmes))
        }
        let catalogue = try Catalogue.load(directory: paths.indicators, userFiles: paths.userCatalogues)
        let programmeFile = paths.programmeFile
        let programmes: Result<ProgrammeCatalogue, InputErrors>
        do {
            programmes = .success(try ProgrammeCatalogue.load(path: programmeFile, catalogue: catalogue))
        } catch let error as InputErrors {
            programmes = .failure(error)
        } catch let error as InputError {
            programmes = .failure(InputErrors([error]))
        } catch {
            programmes = .failure(InputErrors([InputError(.workspaceProgrammesUnreadable, ["reason": "\(error)"], at: SourceLocation(file: programmeFile))]))
        }
        if let key, case let .success(loaded) = programmes {
            paths.compiledCatalogue?.store(key: key, catalogue: catalogue, programmes: loaded)
        }
        return (catalogue, programmes)
    }

    public var framework: Framework { catalogue.framework }

    /// The programme catalogue (its file checked against the indicator catalogue when the workspace was loaded).
    public func programmes() throws -> ProgrammeCatalogue {
        switch programmeCatalogue {
        case let .success(programmes): return programmes
        case let .failure(errors): throw errors.errors.count == 1 ? errors.errors[0] as Error : errors
        }
    }

    /// The bundled data folder; an error naming what is missing when the paths give none.
    public func bundledData() throws -> BundledData {
        guard let directory = paths.datasets else {
            throw InputError("smartscore's datasets/ folder was not found", id: "folder datasets/ smartscore tidak ditemukan",
                             hint: "run smartscore from its repository, or point it at the datasets folder",
                             hintID: "jalankan smartscore dari repositorinya, atau arahkan ke folder datasets")
        }
        return BundledData(directory: directory, catalogue: catalogue)
    }

    /// The region registry; an error when there is none.
    public func requireRegions() throws -> RegionRegistry {
        if let regions { return regions }
        return try bundledData().regions()
    }
}
