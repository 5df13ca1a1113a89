export type { AuditCode, AuditFinding, AuditOptions, AuditSeverity } from './auditArticle';
export { auditArticle } from './auditArticle';
