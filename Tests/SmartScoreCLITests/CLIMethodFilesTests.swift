import Foundation
import Testing

/// The example method files run through the real binary on the demo data, and `--help` shows their formats.
@Suite("CLI: --weights FILE, --weights ahp:FILE and --targets FILE with the bundled examples; their formats in --help")
struct CLIMethodFilesTests {
    static let demo = ["--data", "datasets/demo/demo_cohort.csv"]

    @Test("rank with the example weights file and the example AHP file exits 0 and names them")
    func rank() throws {
        for weights in ["datasets/examples/weights.yaml", "ahp:datasets/examples/ahp.yaml"] {
            let r = try CLI.run(["rank"] + Self.demo + ["--weights", weights, "--top", "5"], in: CLI.root)
            #expect(r.status == 0, "\(weights): \(r.stderr)")
            #expect(r.stdout.contains(weights), "\(weights)")
        }
    }

    @Test("evaluate with the example AHP and targets files prints the dimension shares and each AHP block's CR")
    func evaluate() throws {
        let r = try CLI.run(["evaluate"] + Self.demo + ["--city", "Kota Palu", "--weights", "ahp:datasets/examples/ahp.yaml",
                                                         "--targets", "datasets/examples/targets.yaml"], in: CLI.root)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("Dimension shares of the index: Gov 23.5%"))
        #expect(r.stdout.contains("AHP (between the dimensions): λmax 6.072, CI 0.014, RI 1.24, CR 0.012 — consistent (CR ≤ 0.1)."))
        #expect(r.stdout.contains("AHP (between the elements of Smart Living)"))
    }

    @Test("inconsistent judgements: refused (exit 1) without --allow-inconsistent; with it, the run says it accepted CR > 0.1")
    func inconsistent() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("smartscore-ahp-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("cycle.yaml").path
        try """
        elements:
          governance:
            order: [public_services, bureaucratic_management, public_policy]
            matrix: [[1, 9, 1/9], [1/9, 1, 9], [9, 1/9, 1]]
        """.write(toFile: file, atomically: true, encoding: .utf8)
        let refused = try CLI.run(["evaluate"] + Self.demo + ["--city", "72.71", "--weights", "ahp:" + file], in: CLI.root)
        #expect(refused.status == 1 && refused.stderr.contains("inconsistent"))
        let accepted = try CLI.run(["evaluate"] + Self.demo + ["--city", "72.71", "--weights", "ahp:" + file, "--allow-inconsistent"],
                                   environment: ["SMARTSCORE_LANG": "id"], in: CLI.root)
        #expect(accepted.status == 0, "\(accepted.stderr)")
        #expect(accepted.stdout.contains("AHP (antarelemen Tata Kelola Cerdas): λ maks 10,111; CI 3,556; RI 0,58; CR 6,130 — tidak konsisten (CR > 0,1), tetap digunakan karena --allow-inconsistent."))
    }

    @Test("rank --help shows the weights, AHP and targets formats with the example paths")
    func help() throws {
        let r = try CLI.run(["rank", "--help"])
        #expect(r.status == 0)
        for text in ["datasets/examples/weights.yaml", "datasets/examples/ahp.yaml", "datasets/examples/targets.yaml",
                     "dimensions: {governance: 2, living: 2}", "elements: {economy: {community_welfare: 2}}",
                     "Saaty's scale 1/9 ... 9", "matrix: [[1, 2, 3], [1/2, 1, 2], [1/3, 1/2, 1]]", "--allow-inconsistent",
                     "indicators: {\"37120:5.1\": 4}", "dimensions: {governance: 80}", "Sources/SmartScore/Scoring/README.md"] {
            #expect(r.stdout.contains(text), "\(text) missing from rank --help")
        }
        // The help's YAML is the example files' own syntax: every line of it stays within 80 columns.
        #expect(r.stdout.split(separator: "\n").allSatisfy { $0.count <= 80 })
    }
}
