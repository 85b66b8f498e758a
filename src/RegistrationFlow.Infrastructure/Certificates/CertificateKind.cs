namespace RegistrationFlow.Infrastructure.Certificates;

public enum CertificateKind
{
    /// <summary>不动产权证书 (ownership and other rights).</summary>
    PropertyRight,
    /// <summary>不动产登记证明 (mortgage, easement, advance notice, objection).</summary>
    RegistrationProof,
}
