import { render } from 'preact';
import '../../components/page.css';
import '../../components/common.css';
import { Popup } from '../../components/Popup';

render(<Popup />, document.getElementById('app')!);
