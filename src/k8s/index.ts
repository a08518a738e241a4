/** Public API of the Kubernetes manifest validator (see README.md). */
export { validateYamlBlock } from './validate-block.ts';
export { parseFenceMeta } from './fence-meta.ts';
export type { FenceMeta } from './fence-meta.ts';
export { formatIssue, formatIssues } from './format.ts';
export { fieldDocsForBlock, fieldDocForToken, fieldDocId, uniqueFieldDocs } from './field-docs.ts';
export type { FieldDoc } from './field-docs.ts';
export { remarkValidateYaml, ManifestValidationError } from '../markdown/remark-validate-yaml.ts';
export type { RemarkValidateYamlOptions } from '../markdown/remark-validate-yaml.ts';
export { resolveFragment } from './fragment.ts';
export { KINDS, KIND_KEYS, KUBERNETES_VERSION } from './kinds.ts';
export type { ManifestIssue, YamlBlock } from './types.ts';
