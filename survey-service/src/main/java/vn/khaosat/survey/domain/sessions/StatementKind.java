package vn.khaosat.survey.domain.sessions;

/**
 * What a statement is: a report (báo cáo), an opinion (ý kiến), a question, an explanation (giải
 * trình) answering the delegation, a proposal (kiến nghị), or the conclusion (kết luận).
 */
public enum StatementKind {
  REPORT,
  OPINION,
  QUESTION,
  EXPLANATION,
  PROPOSAL,
  CONCLUSION
}
