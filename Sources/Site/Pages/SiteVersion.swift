/// The version written into the pages' footer.
public enum SiteVersion {
    public static let current = "0.1.0"
}
