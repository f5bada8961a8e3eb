import Foundation
import Hummingbird
import Logging
import SmartScore

/// The server as a whole: the router (headers, errors, assets, the API, the pages, and the upload route only
/// when allowed) and the application that listens, shutting down cleanly on SIGINT and SIGTERM.
public enum DashboardServer {
    public static func router(_ dashboard: Dashboard, logger: Logger = Logger(label: "smartscore-server")) -> Router<BasicRequestContext> {
        let router = Router()
        // The outer middleware first: the headers go on error answers too, and compression sees every answer.
        router.add(middleware: CompressionMiddleware())
        router.add(middleware: SecurityHeadersMiddleware())
        router.add(middleware: ErrorMiddleware(language: dashboard.settings.language, logger: logger, uploadLimit: dashboard.settings.uploadLimit))
        StaticAssets.add(to: router)
        APIRoutes(dashboard: dashboard).add(to: router)
        Pages(dashboard: dashboard).add(to: router)
        EvaluationRoutes(dashboard: dashboard).add(to: router)
        // Without --allow-import there is no write route at all: the path is not found, like any other.
        if dashboard.settings.allowImport { UploadRoute(dashboard: dashboard).add(to: router) }
        return router
    }

    public static func application(_ dashboard: Dashboard, logger: Logger = Logger(label: "smartscore-server")) -> some ApplicationProtocol {
        let settings = dashboard.settings
        return Application(
            // The router, told each request's client address (for the upload audit log), a HEAD answered as a GET without body.
            responder: ClientAddressResponder(inner: HeadResponder(inner: router(dashboard, logger: logger).buildResponder())),
            // A connection that sends nothing for 30 s is closed: a slow client cannot hold the server.
            server: .http1(configuration: .init(idleTimeout: .seconds(30))),
            configuration: .init(address: .hostname(settings.host, port: settings.port), serverName: nil),
            onServerRunning: { channel in
                let port = channel.localAddress?.port ?? settings.port
                let line = Localizer(settings.language)(settings.allowImport ? .serveListeningUploads : .serveListening,
                                                        ["host": settings.host, "port": String(port)])
                FileHandle.standardError.write(Data((line + "\n").utf8))
                // The default dataset read and fitted while the first visitor types the address: the server
                // answers at once, and the first ranking does not wait for the fit.
                DispatchQueue.global(qos: .utility).async { _ = try? dashboard.cohort(try dashboard.defaultDataset()) }
            },
            logger: logger
        )
    }
}
