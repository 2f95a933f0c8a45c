/// The version stamped into outputs and into the resume cache of `docket scan`.
public enum DocketVersion {
    public static let string = "0.1.0"
}
