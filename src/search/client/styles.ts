import searchStyles from '../search.css?url';
import { linkStylesheet } from '../../components/client/lazy-stylesheet.ts';

/**
 * Links the search stylesheet the first time search is used (the dialog, or the marks on a page opened
 * from a result), so pages that are only read do not carry it.
 */
export const loadSearchStyles = () => linkStylesheet(searchStyles);
