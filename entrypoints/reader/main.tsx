import { render } from 'preact';
import '../../components/page.css';
import '../../components/common.css';
import { Reader } from '../../components/Reader';

render(<Reader />, document.getElementById('app')!);
