// The collection page: the reader's saved items, notes, tags, citations, exports and import.
import { render } from 'preact';
import '../../components/page.css';
import '../../components/common.css';
import { Collection } from '../../components/Collection';

render(<Collection />, document.getElementById('app')!);
