import { render } from 'preact';
import '../../components/page.css';
import '../../components/common.css';
import { Options } from '../../components/Options';

render(<Options />, document.getElementById('app')!);
