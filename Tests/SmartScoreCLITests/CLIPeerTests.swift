import Foundation
import Testing

/// The numpy peer of `rank` (benchmarks/peers, `make bench-peers`) scores the demo cohort as the CLI does:
/// same ranks and order, indices within 1e-9. This keeps the peer honest, so the benchmark's ratios compare
/// the same work; and the benchmark's checker refuses a peer that is off.
@Suite("CLI: the numpy rank peer of make bench-peers agrees with rank")
struct CLIPeerTests {
    /// Debian's python3 with python3-numpy (scripts/install-deps.sh), else a python3 on PATH that has numpy;
    /// nil, with the reason printed, where there is none.
    static func numpyPython() throws -> String? {
        for python in ["/usr/bin/python3", CLITemplateTests.which("python3")].compactMap({ $0 })
        where FileManager.default.isExecutableFile(atPath: python) {
            if try CLITemplateTests.run(python, ["-c", "import numpy"]).status == 0 { return python }
        }
        print("skipped: no python3 with numpy (Debian python3-numpy) is installed")
        return nil
    }

    static let peers = CLI.root.appendingPathComponent("benchmarks/peers")
    static let demo = CLI.root.appendingPathComponent("datasets/demo/demo_cohort.csv").path

    /// The CLI's ranking and the peer's, as files in `dir`.
    static func rankBoth(python: String, in dir: URL) throws -> (ours: URL, peer: URL) {
        let catalogue = try CLI.run(["catalogue", "list", "--format", "json"], in: CLI.root)
        #expect(catalogue.status == 0, "\(catalogue.stderr)")
        let catalogueFile = dir.appendingPathComponent("catalogue.json")
        try catalogue.stdout.write(to: catalogueFile, atomically: true, encoding: .utf8)
        let ranked = try CLI.run(["rank", "--data", demo, "--format", "json"], in: CLI.root)
        #expect(ranked.status == 0, "\(ranked.stderr)")
        let ours = dir.appendingPathComponent("rank.json"), peer = dir.appendingPathComponent("rank-peer.json")
        try ranked.stdout.write(to: ours, atomically: true, encoding: .utf8)
        let run = try CLITemplateTests.run(python, [peers.appendingPathComponent("rank_peer.py").path, demo,
                                                    "--catalogue", catalogueFile.path, "--out", peer.path])
        #expect(run.status == 0, "\(run.output)")
        return (ours, peer)
    }

    static func cities(_ file: URL) throws -> (year: Int, cities: [[String: Any]]) {
        let object = try JSONSerialization.jsonObject(with: Data(contentsOf: file)) as! [String: Any]
        return (object["year"] as! Int, object["cities"] as! [[String: Any]])
    }

    @Test("rank_peer.py ranks the demo cohort's 100 cities as rank --format json does, indices within 1e-9")
    func rankPeerAgrees() throws {
        guard let python = try Self.numpyPython() else { return }
        let dir = try CLITemplateTests.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let (oursFile, peerFile) = try Self.rankBoth(python: python, in: dir)
        let ours = try Self.cities(oursFile), peer = try Self.cities(peerFile)
        #expect(ours.year == 2021 && peer.year == 2021)
        #expect(ours.cities.count == 100 && peer.cities.count == 100)
        #expect(ours.cities.map { $0["code"] as! String } == peer.cities.map { $0["code"] as! String })
        #expect(ours.cities.map { $0["rank"] as? Int } == peer.cities.map { $0["rank"] as? Int })
        for (a, b) in zip(ours.cities, peer.cities) {
            let x = a["score"] as? Double, y = b["score"] as? Double
            #expect((x == nil) == (y == nil), "\(a["code"]!)")
            if let x, let y { #expect(abs(x - y) <= 1e-9, "\(a["code"]!): \(x) against the peer's \(y)") }
        }
    }

    @Test("the benchmark's checker (agreement.py) accepts the peer's ranking and refuses it with one index moved by 1e-6")
    func checkerRefusesAnOffPeer() throws {
        guard let python = try Self.numpyPython() else { return }
        let dir = try CLITemplateTests.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let (ours, peer) = try Self.rankBoth(python: python, in: dir)
        let checker = Self.peers.appendingPathComponent("agreement.py").path
        let agreed = try CLITemplateTests.run(python, [checker, "rank", ours.path, peer.path])
        #expect(agreed.status == 0 && agreed.output.hasPrefix("rank: 100 cities, same ranks and order"), "\(agreed.output)")
        // The last ranked city's index moved by 1e-6: too little to change a rank, too much for the check.
        var object = try JSONSerialization.jsonObject(with: Data(contentsOf: peer)) as! [String: Any]
        var cities = object["cities"] as! [[String: Any]]
        let last = cities.lastIndex { $0["score"] is Double }!
        cities[last]["score"] = (cities[last]["score"] as! Double) - 1e-6
        object["cities"] = cities
        let off = dir.appendingPathComponent("rank-off.json")
        try JSONSerialization.data(withJSONObject: object).write(to: off)
        let refused = try CLITemplateTests.run(python, [checker, "rank", ours.path, off.path])
        #expect(refused.status == 1 && refused.output.contains("indices differ by up to 1e-06"), "\(refused.output)")
    }
}
