/** Field descriptions sit in the page under `id="k8s-doc-<key>"`; marked keys name them by `<key>` alone. */
export const FIELD_DOC_ID_PREFIX = 'k8s-doc-';
