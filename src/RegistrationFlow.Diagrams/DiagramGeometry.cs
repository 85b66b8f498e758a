namespace RegistrationFlow.Diagrams;

/// <summary>A point in diagram units (SVG user units, y grows downwards).</summary>
public readonly record struct DiagramPoint(double X, double Y);

/// <summary>An axis-aligned rectangle in diagram units.</summary>
public readonly record struct DiagramRect(double X, double Y, double Width, double Height)
{
    public double Right => X + Width;
    public double Bottom => Y + Height;
    public double CenterX => X + Width / 2;
    public double CenterY => Y + Height / 2;

    /// <summary>True when the two rectangles share interior area (touching edges do not count).</summary>
    public bool Overlaps(DiagramRect other) =>
        X < other.Right && other.X < Right && Y < other.Bottom && other.Y < Bottom;
}
