namespace ClinicalPortal.Infrastructure.Reports.Layout;

/// <summary>A table column: its heading, its share of the table's width, and whether its cells align right (numbers).</summary>
public sealed record TableColumn(string Heading, double Weight, bool AlignRight = false);
