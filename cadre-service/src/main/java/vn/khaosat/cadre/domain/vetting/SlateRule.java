package vn.khaosat.cadre.domain.vetting;

/** A parsed rule that checks the slate as a whole. Instances are immutable and thread-safe. */
public interface SlateRule {

  RuleDefinition definition();

  Finding check(SlateFacts slate);
}
