// Stand-in for .scss/.css imports under jest: styles do not matter to behaviour tests.
export default {};
