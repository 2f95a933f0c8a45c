/// The normalizers one run uses, built once from the reference data (so `--refdata` overrides reach all of them).
public struct Normalizers: Sendable {
    public var countries: CountryNormalizer
    public var addresses: AddressParser
    public var dates: DateNormalizer
    public var money: MoneyNormalizer
    public var usml: USMLNormalizer
    public var eccn: ECCNNormalizer
    public var identifiers: RegistrationCodeNormalizer
    public var names: PartyNameCleaner

    /// Throws when an override reference file is broken.
    public init(store: RefDataStore = RefDataStore()) throws(RefDataError) {
        let countries = try CountryNormalizer(store: store)
        self.countries = countries
        addresses = AddressParser(countries: countries)
        dates = DateNormalizer()
        money = MoneyNormalizer()
        usml = USMLNormalizer()
        eccn = ECCNNormalizer()
        identifiers = RegistrationCodeNormalizer()
        names = PartyNameCleaner()
    }

    /// `standard` when `store` replaces no file, built once per process (and by the warm-up, off the main thread);
    /// otherwise the normalizers over the override directory.
    public static func over(_ store: RefDataStore) throws(RefDataError) -> Normalizers {
        store.overrideDirectory == nil ? standard : try Normalizers(store: store)
    }

    /// The built-in reference data always loads: a failure here is a packaging bug, caught by the tests.
    public static let standard: Normalizers = {
        do {
            return try Normalizers()
        } catch {
            fatalError("built-in reference data is broken: \(error)")
        }
    }()
}
