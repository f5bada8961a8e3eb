import Foundation

/// Which regional department (OPD, *perangkat daerah*) collects each indicator's value:
/// `indicators/owners.yaml`. A collection template for one OPD lists the indicators it owns.
///
/// An indicator has at most one owner; one with no clear owner (a police figure, a utility's, a series
/// nobody in the regional government keeps) has none, and is collected by whoever coordinates the
/// collection. Owners are data, not code, so a city whose departments are organised differently
/// (DLH also keeping parks, Perkim the street lights) edits the file, not smartscore.
public struct IndicatorOwners: Sendable {
    public struct Owner: Sendable, Equatable {
        /// The short name people use and type: `Dinkes`, `DLH`, `Satpol PP`.
        public let id: String
        /// The full Indonesian name: `Dinas Kesehatan`.
        public let name: String
        /// The catalogue codes it owns, in file order.
        public let indicators: [String]
    }

    /// The owners, in file order.
    public let owners: [Owner]
    private let ownerOfIndicator: [String: Int]

    public init(owners: [Owner]) {
        self.owners = owners
        var ownerOfIndicator: [String: Int] = [:]
        for (k, owner) in owners.enumerated() {
            for code in owner.indicators { ownerOfIndicator[code] = k }
        }
        self.ownerOfIndicator = ownerOfIndicator
    }

    /// No owners at all: a catalogue folder without `owners.yaml`.
    public static let none = IndicatorOwners(owners: [])

    /// The owner of an indicator, when it has one.
    public func owner(of code: String) -> Owner? {
        ownerOfIndicator[code].map { owners[$0] }
    }

    /// The owner a person names: its short name, in any case and spacing (`dinkes`, `satpol pp`).
    public func owner(named name: String) -> Owner? {
        let key = Self.fold(name)
        return owners.first { Self.fold($0.id) == key }
    }

    static func fold(_ name: String) -> String {
        name.lowercased().filter { !$0.isWhitespace }
    }
}

/// Reads `owners.yaml`; every error names the file, line and column of the value at fault.
enum IndicatorOwnersLoader {
    static let fileName = "owners.yaml"
    static let ownerFields: Set<String> = ["name", "indicators"]

    static func load(path: String, catalogue: Catalogue) throws -> IndicatorOwners {
        try parse(YAMLNode.load(path: path), catalogue: catalogue)
    }

    static func parse(_ root: YAMLNode, catalogue: Catalogue) throws -> IndicatorOwners {
        try root.rejectUnknownKeys(["owners"], in: "the owners file")
        var owners: [IndicatorOwners.Owner] = []
        var firstOwner: [String: (id: String, location: SourceLocation)] = [:]
        var ownerNames: [String: SourceLocation] = [:]
        for (key, entry) in try root.required("owners", in: "the owners file").pairs() {
            let id = try key.string()
            if let first = ownerNames[IndicatorOwners.fold(id)] {
                throw key.error(.ownersOwnerTwice, ["owner": id], hint: .loaderFirstDefinedHint, hintArguments: ["location": "\(first)"])
            }
            ownerNames[IndicatorOwners.fold(id)] = key.location
            guard entry.isMapping else { throw entry.error(.loaderNotAMapping) }
            try entry.rejectUnknownKeys(ownerFields, in: "owner \(id)")
            let name = try entry.required("name", in: "owner \(id)").string()
            var codes: [String] = []
            for node in try entry.required("indicators", in: "owner \(id)").sequence() {
                let code = try node.string()
                guard catalogue[code] != nil else {
                    throw node.error(.ownersUnknownIndicator, ["code": code, "owner": id],
                                     hint: .ownersUnknownIndicatorHint, hintArguments: ["codes": catalogue.nearestCodes(to: code).joined(separator: ", ")])
                }
                if let first = firstOwner[code] {
                    throw node.error(.ownersIndicatorTwice, ["code": code, "owner": id, "first": first.id],
                                     hint: .loaderFirstDefinedHint, hintArguments: ["location": "\(first.location)"])
                }
                firstOwner[code] = (id, node.location)
                codes.append(code)
            }
            owners.append(.init(id: id, name: name, indicators: codes))
        }
        return IndicatorOwners(owners: owners)
    }
}
