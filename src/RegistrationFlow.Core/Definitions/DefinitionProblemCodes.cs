namespace RegistrationFlow.Core.Definitions;

/// <summary>The stable codes of <see cref="DefinitionProblem"/>; clients may match on them, the messages may change.</summary>
public static class DefinitionProblemCodes
{
    // Reading: the text and its shape.
    public const string Syntax = "syntax";
    public const string DuplicateKey = "duplicate-key";
    public const string UnknownKey = "unknown-key";
    public const string MissingKey = "missing-key";
    public const string WrongType = "wrong-type";
    public const string UnknownWord = "unknown-word";
    public const string BadFormat = "bad-format";

    // Validation: what the definition means.
    public const string NotKebabCase = "not-kebab-case";
    public const string BadVersion = "bad-version";
    public const string FileNameMismatch = "file-name-mismatch";
    public const string DuplicateId = "duplicate-id";
    public const string MissingTranslation = "missing-translation";
    public const string NoSteps = "no-steps";
    public const string UnknownTarget = "unknown-target";
    public const string UnreachableStep = "unreachable-step";
    public const string NoPathToEnd = "no-path-to-end";
    public const string KeyNotForKind = "key-not-for-kind";
    public const string EndStepWithActions = "end-step-with-actions";
    public const string EndStepWithoutOutcome = "end-step-without-outcome";
    public const string ReservedOutcome = "reserved-outcome";
    public const string ReservedAction = "reserved-action";
    public const string HumanStepWithoutRole = "human-step-without-role";
    public const string HumanStepWithoutActions = "human-step-without-actions";
    public const string MissingThen = "missing-then";
    public const string UnknownRole = "unknown-role";
    public const string UnknownPartyRole = "unknown-party-role";
    public const string BadPartyMinimum = "bad-party-minimum";
    public const string UnknownField = "unknown-field";
    public const string UnknownEffect = "unknown-effect";
    public const string GuardDoesNotCompile = "guard-does-not-compile";
    public const string NotByUnknownStep = "not-by-unknown-step";
    public const string NotByCannotPrecede = "not-by-cannot-precede";
    public const string NotByNotHuman = "not-by-not-human";
    public const string UnknownWaitTrigger = "unknown-wait-trigger";
    public const string ParallelNeedsBranches = "parallel-needs-branches";
    public const string ParallelNeedsJoin = "parallel-needs-join";
    public const string BranchDoesNotReachJoin = "branch-does-not-reach-join";
    public const string BranchLeavesParallel = "branch-leaves-parallel";
    public const string BranchEnteredFromOutside = "branch-entered-from-outside";
    public const string JoinWithoutParallel = "join-without-parallel";
    public const string CutOffAfterClosing = "cut-off-after-closing";
    public const string CutOffBeforeOpening = "cut-off-before-opening";
    public const string WorkingDaysOutOfRange = "working-days-out-of-range";
    public const string WarnBeforeOutOfRange = "warn-before-out-of-range";
    public const string NegativeFee = "negative-fee";
    public const string NoClockStart = "no-clock-start";
    public const string SuspendWithoutResume = "suspend-without-resume";
    public const string NoRegisterRecord = "no-register-record";
    public const string CertificateMismatch = "certificate-mismatch";
    public const string UnknownPlaceholder = "unknown-placeholder";
    public const string TolerableNotRequired = "tolerable-not-required";
    /// <summary>A recallable action has effects (clock, register, certificate, applicant) that a recall could not undo.</summary>
    public const string RecallWithEffects = "recall-with-effects";
    /// <summary>A recallable action goes to a step nobody takes up (not a human step), so "untouched" could never be judged.</summary>
    public const string RecallTargetNotHuman = "recall-target-not-human";
}
