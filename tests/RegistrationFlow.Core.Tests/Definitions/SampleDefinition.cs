namespace RegistrationFlow.Core.Tests.Definitions;

/// <summary>A small definition that is valid; tests break one thing in it at a time.</summary>
internal static class SampleDefinition
{
    public const string FileName = "sample.v1.yaml";

    public const string Yaml = """
        id: sample
        version: 1
        title: { zh-CN: 示例登记, en-US: Sample registration }
        registration: { type: transfer, certificate: property-right }
        fee: { per-case: 80, extra-certificate: 10 }
        materials:
          - application-form
          - id: sale-contract
            required: false
            title: { zh-CN: 买卖合同, en-US: Sale contract }
        parties:
          - { role: buyer, min: 1 }
        price: required
        service-level:
          complete: same-day
          cut-off: "16:00"
          certificate-ready: next-working-day-open
          warn-before: 60m
          on-supplement: restart
        steps:
          intake:
            role: clerk
            actions:
              accept: { to: review, effects: [start-clock] }
              refuse-intake: { to: not-accepted, requires: [reason, missing-materials] }
          review:
            role: reviewer
            not-by: [intake]
            actions:
              pass: { to: approval, when: "application.price >= 0" }
              request-supplement: { to: awaiting-supplement, requires: [missing-materials], effects: [suspend-clock] }
          awaiting-supplement:
            role: clerk
            actions:
              resubmit: { to: review, requires: [received-materials], effects: [resume-clock] }
          approval:
            title: { zh-CN: 核准, en-US: Approval }
            role: approver
            not-by: [review]
            actions:
              approve: { to: certificate, effects: [record-in-register] }
          certificate: { kind: wait, on-enter: [allocate-certificate-number], until: certificate-ready, then: done }
          done: { kind: end, outcome: completed }
          not-accepted: { kind: end, outcome: not-accepted }
        """;

    public static string With(params (string From, string To)[] replacements) => SourceText.Replace(Yaml, replacements);
}
