namespace ChatDesk.Features.Conversations;

/// <summary>What became of one text the composer handed on. The browser keeps the text pending until it hears
/// one of these; a throw or no answer means "try again with the same id".</summary>
public enum ComposerOutcome
{
    /// <summary>Stored now or by an earlier try with the same client id: no longer pending.</summary>
    Accepted,

    /// <summary>The chat is no longer active: the text goes back to the writer with a notice, never silently away.</summary>
    Ended,

    /// <summary>Not taken for a reason the parent shows (too fast, a form error): the text goes back into the box.</summary>
    Refused,
}

public static class ComposerOutcomes
{
    public static ComposerOutcome From(SendResult result) => result switch
    {
        SendResult.Sent or SendResult.Duplicate => ComposerOutcome.Accepted,
        SendResult.NotActive or SendResult.NotFound => ComposerOutcome.Ended,
        _ => ComposerOutcome.Refused,
    };
}
